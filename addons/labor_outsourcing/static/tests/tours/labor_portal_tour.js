/** @odoo-module **/
import { registry } from "@web/core/registry";

// Data prepared by TestPortalUi.test_vendor_uploads_a_document: the logged-in portal user is a
// contact of an approved outsourcing vendor.

/** An ISO date (YYYY-MM-DD) `days` from today. */
function isoDate(days) {
    const date = new Date();
    date.setDate(date.getDate() + days);
    return date.toISOString().slice(0, 10);
}

/** Put `value` in the date input of the step (typing in a date input depends on the locale). */
function setDate(input, value) {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
}

registry.category("web_tour.tours").add("labor_outsourcing_portal_document_tour", {
    url: "/my",
    steps: () => [
        {
            content: "Open the qualification documents from the portal home",
            trigger: '.o_portal_my_home a[href="/my/labor/documents"]',
            run: "click",
        },
        {
            content: "Upload a new document",
            trigger: ".o_labor_upload_document",
            run: "click",
        },
        {
            trigger: "form.o_labor_document_form select[name=type_id]",
            run: "selectByLabel ISO 9001 Certificate",
        },
        {
            trigger: "form.o_labor_document_form input[name=number]",
            run: "edit ISO-TOUR-2026",
        },
        {
            trigger: "form.o_labor_document_form input[name=issuing_authority]",
            run: "edit China Quality Certification Centre",
        },
        {
            trigger: "form.o_labor_document_form input[name=issue_date]",
            run() {
                setDate(this.anchor, isoDate(-5));
            },
        },
        {
            trigger: "form.o_labor_document_form input[name=expiry_date]",
            run() {
                setDate(this.anchor, isoDate(3 * 365));
            },
        },
        {
            content: "Attach the scanned certificate (a PDF file)",
            trigger: "form.o_labor_document_form input[name=attachment]",
            run() {
                const pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
                const file = new File([pdf], "iso9001_tour.pdf", { type: "application/pdf" });
                const transfer = new DataTransfer();
                transfer.items.add(file);
                this.anchor.files = transfer.files;
                this.anchor.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            trigger: "form.o_labor_document_form button.o_labor_submit",
            run: "click",
        },
        {
            content: "The document waits for the verification of purchasing",
            trigger: '.o_labor_uploaded:contains("waits for our verification")',
        },
        {
            trigger: '.o_labor_badge[data-value="draft"]:contains("To Verify")',
        },
        {
            content: "It is listed with the vendor's documents",
            trigger: '.breadcrumb a[href="/my/labor/documents"]',
            run: "click",
        },
        {
            trigger: '.o_labor_portal_row:contains("ISO-TOUR-2026") .o_labor_badge[data-value="draft"]',
        },
    ],
});

// Data prepared by TestPortalUi.test_vendor_corrects_a_returned_report: the project manager
// returned the weekly report "Line staffed" of the vendor with his feedback.
registry.category("web_tour.tours").add("labor_outsourcing_portal_report_tour", {
    url: "/my",
    steps: () => [
        {
            content: "Open the progress reports from the portal home",
            trigger: '.o_portal_my_home a[href="/my/labor/reports"]',
            run: "click",
        },
        {
            trigger: '.o_labor_portal_row:contains("Weekly") .o_labor_badge[data-value="returned"]',
        },
        {
            trigger: ".o_labor_portal_row a",
            run: "click",
        },
        {
            content: "The reviewer's feedback is shown with the report",
            trigger: '.o_labor_feedback:contains("Give the absences per shift.")',
        },
        {
            content: "and in the conversation",
            trigger: "#chatterRoot:shadow .o-mail-Message:contains(Returned to the vendor)",
        },
        {
            content: "The vendor answers in the conversation",
            trigger: "#chatterRoot:shadow .o-mail-Composer-input",
            run: "edit Absences are now split per shift.",
        },
        {
            trigger: "#chatterRoot:shadow .o-mail-Composer-send:enabled",
            run: "click",
        },
        {
            trigger: "#chatterRoot:shadow .o-mail-Message:contains(Absences are now split per shift.)",
        },
        {
            content: "Correct the report",
            trigger: ".o_labor_edit_report",
            run: "click",
        },
        {
            trigger: "form.o_labor_report_form textarea[name=problems]",
            run: "edit Day shift: 1 absence. Night shift: 1 absence.",
        },
        {
            content: "and submit it again",
            trigger: 'form.o_labor_report_form button[name=action][value=submit]',
            run: "click",
        },
        {
            trigger: '.o_labor_report_saved:contains("submitted for review")',
        },
        {
            trigger: '.o_labor_badge[data-value="submitted"]',
        },
    ],
});
