/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// Data prepared by TestReportsUi.test_audit_pack_tour: a vendor "Tour Audit Vendor".
registry.category("web_tour.tours").add("labor_outsourcing_reports_audit_pack_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            content: "Open the reporting menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_reporting"]',
            run: "click",
        },
        {
            content: "Open the audit pack",
            trigger: 'a[data-menu-xmlid="labor_outsourcing_reports.menu_labor_audit_pack"]',
            run: "click",
        },
        {
            content: "Choose the vendor",
            trigger: ".modal .o_field_widget[name=vendor_id] input",
            run: "edit Tour Audit Vendor",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Tour Audit Vendor")',
            run: "click",
        },
        {
            content: "Download the workbook",
            trigger: ".modal button[name=action_download]",
            run: "click",
        },
        {
            content: "The dialog closes once the file is downloaded",
            trigger: "body:not(:has(.modal))",
        },
    ],
});
