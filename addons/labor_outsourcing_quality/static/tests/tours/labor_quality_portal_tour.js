/** @odoo-module **/
import { registry } from "@web/core/registry";

// Data prepared by TestPortalQualityUi.test_vendor_answers_an_ncr: an NCR of the demo vendor
// Hengxin at the analysis step; the demo portal user of Hengxin is logged in.

/** An ISO date (YYYY-MM-DD) `days` from today. */
function isoDate(days) {
    const date = new Date();
    date.setDate(date.getDate() + days);
    return date.toISOString().slice(0, 10);
}

const PNG_BASE64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

registry.category("web_tour.tours").add("labor_outsourcing_quality_portal_ncr_tour", {
    url: "/my",
    steps: () => [
        {
            content: "Open the non-conformances from the portal home",
            trigger: '.o_portal_my_home a[href="/my/labor/ncrs"]',
            run: "click",
        },
        {
            trigger: '.o_labor_portal_row:contains("Tour: safety shoes missing") a',
            run: "click",
        },
        {
            content: "The NCR shows what happened and its containment",
            trigger: '.o_labor_ncr_containment:contains("Workers sent to change shoes")',
        },
        {
            content: "Answer the first why",
            trigger: "form.o_labor_ncr_analysis_form input[name=why_question_1]",
            run: "edit Why had they no safety shoes?",
        },
        {
            trigger: "form.o_labor_ncr_analysis_form input[name=why_answer_1]",
            run: "edit Nobody checked at the gate",
        },
        {
            trigger: "form.o_labor_ncr_analysis_form textarea[name=root_cause]",
            run: "edit No shoe check at the gate",
        },
        {
            trigger: "form.o_labor_ncr_analysis_form select[name=cause_category]",
            run: "selectByLabel Method",
        },
        {
            trigger: "form.o_labor_ncr_analysis_form .o_labor_send_analysis",
            run: "click",
        },
        {
            trigger: '.o_labor_ncr_saved:contains("root-cause analysis is sent")',
        },
        {
            content: "Propose a corrective action",
            trigger: "form.o_labor_ncr_actions_form input[name=action_name_1]",
            run: "edit Check shoes at the gate",
        },
        {
            trigger: "form.o_labor_ncr_actions_form select[name=action_type_1]",
            run: "selectByLabel Corrective",
        },
        {
            trigger: "form.o_labor_ncr_actions_form input[name=action_deadline_1]",
            run() {
                this.anchor.value = isoDate(14);
                this.anchor.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            trigger: "form.o_labor_ncr_actions_form .o_labor_send_actions",
            run: "click",
        },
        {
            trigger: '.o_labor_ncr_saved:contains("actions are sent")',
        },
        {
            content: "Mark the action done with its evidence",
            trigger: '.o_labor_ncr_action:contains("Check shoes at the gate") textarea[name=evidence]',
            run: "edit Guard checks shoes since Monday",
        },
        {
            content: "and a photo",
            trigger: '.o_labor_ncr_action:contains("Check shoes at the gate") input[name=evidence_file_1]',
            run() {
                const bytes = Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], "gate.png", { type: "image/png" }));
                this.anchor.files = transfer.files;
                this.anchor.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            trigger: '.o_labor_ncr_action:contains("Check shoes at the gate") .o_labor_action_done',
            run: "click",
        },
        {
            trigger: '.o_labor_ncr_saved:contains("the action is done")',
        },
        {
            trigger: '.o_labor_ncr_action:contains("gate.png") .o_labor_badge[data-value="done"]',
        },
    ],
});
