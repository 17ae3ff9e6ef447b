/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// Data prepared by TestWorkerUi.test_onboard_worker_and_log_timesheet_tour: an approved vendor
// "Tour Worker Vendor" with an active contract "Tour Worker Contract" (rate card: "Tour Worker
// Operator") on the project "Tour Worker Project".
function pickMany2one(field, value) {
    return [
        {
            trigger: `.o_form_view .o_field_widget[name=${field}] input`,
            run: `edit ${value}`,
        },
        {
            trigger: `.o-autocomplete--dropdown-item:contains("${value}")`,
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("labor_outsourcing_worker_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            content: "Open the workers",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_workers"]',
            run: "click",
        },
        {
            trigger: 'a[data-menu-xmlid="labor_outsourcing.menu_labor_worker"]',
            run: "click",
        },
        {
            trigger: ".o_list_view",
        },
        {
            content: "Register a worker",
            trigger: ".o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=name] input",
            run: "edit Tour Worker Li",
        },
        ...pickMany2one("labor_vendor_id", "Tour Worker Vendor"),
        ...pickMany2one("labor_contract_id", "Tour Worker Contract"),
        {
            content: "The job type comes from the contract's rate card",
            trigger: '.o_form_view .o_field_widget[name=labor_job_product_id] input:value("Tour Worker Operator")',
        },
        {
            trigger: ".o_form_view .o_field_widget[name=labor_safety_induction_date] input",
            run: "edit 01/05/2025",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=labor_nda_date] input",
            run: "edit 01/05/2025",
        },
        {
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "Saved and compliant",
            trigger: '.o_form_view .o_form_saved .o_field_widget[name=labor_compliance_state]:contains("Compliant")',
        },
        {
            content: "Launch the on-boarding plan",
            trigger: '.o_form_view button[name="action_labor_launch_onboarding"]',
            run: "click",
        },
        {
            trigger: '.o-mail-Message:contains("Outsourced Worker On-boarding")',
        },
        {
            content: "Open the worker's timesheets",
            trigger: '.o_form_view button[name="action_labor_view_timesheets"]',
            run: "click",
        },
        {
            trigger: ".o_list_view",
        },
        {
            trigger: ".o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_selected_row .o_field_widget[name=project_id] input",
            run: "edit Tour Worker Project",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Tour Worker Project")',
            run: "click",
        },
        {
            trigger: ".o_selected_row .o_field_widget[name=name] input",
            run: "edit Tour assembly",
        },
        {
            trigger: ".o_selected_row .o_field_widget[name=unit_amount] input",
            run: "edit 7:30",
        },
        {
            trigger: ".o_control_panel .o_list_button_save",
            run: "click",
        },
        {
            content: "The timesheet is saved",
            trigger: '.o_list_view .o_data_row:not(.o_selected_row) td:contains("Tour assembly")',
        },
    ],
});
