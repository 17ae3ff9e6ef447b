/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// States are checked through what each state shows (its buttons and fields), not the status
// bar: on this Odoo 18 the status bar can keep the previous state after the form reloads
// (a race fixed upstream by odoo/odoo#230548).

// Data prepared by TestUi.test_contract_approval_tour: an approved vendor "Tour Contract
// Vendor", a department "Tour Department" managed by the admin (first tier), the admin in
// the Legal Reviewer group (second tier), a job type "Tour Operator".
function approveWithComment(comment) {
    return [
        {
            content: "Approve the pending tier",
            trigger: '.o_form_view button[name="validate_tier"]:enabled',
            run: "click",
        },
        {
            content: "Comment the decision",
            trigger: ".modal .o_field_widget[name=comment] input",
            run: `edit ${comment}`,
        },
        {
            trigger: '.modal button[name="add_comment"]',
            run: "click",
        },
        {
            trigger: "body:not(:has(.modal))",
        },
    ];
}

registry.category("web_tour.tours").add("labor_outsourcing_contract_approval_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            content: "Open the contracts",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_contracts"]',
            run: "click",
        },
        {
            trigger: 'a[data-menu-xmlid="labor_outsourcing.menu_labor_contract"]',
            run: "click",
        },
        {
            trigger: ".o_list_view",
        },
        {
            content: "Create a contract",
            trigger: ".o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=title] input",
            run: "edit Tour staffing contract",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=vendor_id] input",
            run: "edit Tour Contract Vendor",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Tour Contract Vendor")',
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=department_id] input",
            run: "edit Tour Department",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Tour Department")',
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=date_start] input",
            run: "edit 01/01/2031",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=date_end] input",
            run: "edit 12/31/2031",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=amount_estimated] input",
            run: "edit 250000",
        },
        {
            content: "Add a rate to the rate card",
            trigger: '.o_field_widget[name=rate_ids] .o_field_x2many_list_row_add a',
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=rate_ids] .o_selected_row .o_field_widget[name=job_product_id] input",
            run: "edit Tour Operator",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Tour Operator")',
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=rate_ids] .o_selected_row .o_field_widget[name=price] input",
            run: "edit 42",
        },
        ...stepUtils.saveForm(),
        {
            content: "Submit the contract for approval",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_submit"]',
            run: "click",
        },
        {
            content: "The contract is under approval",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_submit"])) .o_statusbar_buttons button[name="action_reset_draft"]',
        },
        ...approveWithComment("Department budget confirmed"),
        ...approveWithComment("Clauses reviewed"),
        {
            content: "Every tier approved: the contract is approved",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_reset_draft"])) .o_statusbar_buttons button[name="action_activate"]',
        },
        {
            content: "The approval history shows both decisions",
            trigger: '.o_notebook a[name="approval"]',
            run: "click",
        },
        {
            trigger: '.o_field_widget[name=contract_approval_log_ids] td:contains("Clauses reviewed")',
        },
    ],
});
