/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// States are checked through what each state shows (its buttons and fields), not the status
// bar: on this Odoo 18 the status bar can keep the previous state after the form reloads
// (a race fixed upstream by odoo/odoo#230548).

// Data prepared by TestUi.test_evaluation_tour: a vendor without records in the period. The
// tour creates and starts a campaign with the administrator as only evaluator (the default
// template's manual criteria are the two partnership criteria), scores, confirms, then
// downloads the audit pack of the vendor.
const VENDOR = "Tour Evaluated Staffing";
const SCORES = [5, 4];

const scoreSteps = [];
SCORES.forEach((score, index) => {
    const row = `.o_field_widget[name=line_ids] .o_data_row:nth-child(${index + 1})`;
    scoreSteps.push(
        {
            content: `Edit the score of manual criterion ${index + 1}`,
            trigger: `${row} td[name=score]`,
            run: "click",
        },
        {
            content: `Score it ${score}`,
            trigger: `${row}.o_selected_row .o_field_widget[name=score] input[data-value="${score}"]:enabled`,
            run: "click",
        },
        {
            trigger: `${row} .o_field_widget[name=score] input[data-value="${score}"]:checked`,
        }
    );
});

registry.category("web_tour.tours").add("labor_outsourcing_evaluation_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Outsourcing app",
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            content: "Open the evaluations menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing_reports.menu_labor_evaluation_root"]',
            run: "click",
        },
        {
            content: "Open the campaigns",
            trigger: 'a[data-menu-xmlid="labor_outsourcing_reports.menu_labor_evaluation_campaign"]',
            run: "click",
        },
        {
            content: "Create a campaign",
            trigger: ".o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=name] input",
            run: "edit Tour evaluation",
        },
        {
            content: "The administrator evaluates",
            trigger: ".o_form_view .o_field_widget[name=evaluator_ids] input",
            run: "edit Mitchell",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Mitchell Admin")',
            run: "click",
        },
        {
            trigger: '.o_field_widget[name=evaluator_ids] .o_tag:contains("Mitchell Admin")',
        },
        {
            content: "Add the vendor",
            trigger: ".o_field_widget[name=vendor_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".modal .o_searchview_input",
            run: `edit ${VENDOR}`,
        },
        {
            trigger: ".modal .o_searchview_input",
            run: "press Enter",
        },
        {
            trigger: `.modal .o_list_view .o_data_row:contains("${VENDOR}"):only-child .o_list_record_selector input`,
            run: "click",
        },
        {
            trigger: ".modal .o_select_button",
            run: "click",
        },
        {
            trigger: `.o_field_widget[name=vendor_ids] .o_data_row:contains("${VENDOR}")`,
        },
        {
            content: "Start the campaign",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_start"]',
            run: "click",
        },
        {
            content: "Accept: one evaluation per vendor",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The campaign is in progress",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_start"])) .o_statusbar_buttons button[name="action_close_scoring"]',
        },
        {
            content: "Open the evaluations menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing_reports.menu_labor_evaluation_root"]',
            run: "click",
        },
        {
            content: "Open my evaluation sheets",
            trigger: 'a[data-menu-xmlid="labor_outsourcing_reports.menu_labor_vendor_evaluation_sheet"]',
            run: "click",
        },
        {
            content: `Open the sheet of ${VENDOR}`,
            trigger: `.o_list_view .o_data_row td[name=vendor_id]:contains("${VENDOR}")`,
            run: "click",
        },
        {
            trigger: `.o_form_view .oe_title .o_field_widget[name=vendor_id]:contains("${VENDOR}")`,
        },
        ...scoreSteps,
        {
            content: "Submit the scores",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_submit"]:enabled',
            run: "click",
        },
        {
            content: "The sheet is submitted",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_submit"])) .o_field_widget[name=submitted_on]',
        },
        {
            content: "Open the evaluations menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing_reports.menu_labor_evaluation_root"]',
            run: "click",
        },
        {
            content: "Open the campaigns",
            trigger: 'a[data-menu-xmlid="labor_outsourcing_reports.menu_labor_evaluation_campaign"]',
            run: "click",
        },
        {
            content: "Open the campaign",
            trigger: '.o_list_view .o_data_row td[name=name]:contains("Tour evaluation")',
            run: "click",
        },
        {
            content: "Close the scoring",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_close_scoring"]:enabled',
            run: "click",
        },
        {
            content: `${VENDOR} scores 90, grade A, rank 1`,
            trigger: '.o_field_widget[name=evaluation_ids] .o_data_row:has(td[name=grade_id]:contains("A")):has(td[name=total_score]:contains("90.00")) td[name=rank]:contains("1")',
        },
        {
            content: "Confirm the results",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_confirm_evaluations"]:enabled',
            run: "click",
        },
        {
            content: "Accept the confirmation",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The evaluation is confirmed",
            trigger: '.o_field_widget[name=evaluation_ids] .o_data_row td[name=state]:contains("Confirmed")',
        },
        {
            content: "Open the evaluation",
            trigger: `.o_field_widget[name=evaluation_ids] .o_data_row td[name=vendor_id]:contains("${VENDOR}")`,
            run: "click",
        },
        {
            content: "The scorecard shows the KPI criteria without data",
            trigger: '.o_field_widget[name=line_ids] .o_data_row td[name=kpi_value_display]:contains("No data")',
        },
        {
            content: "Open the KPIs tab",
            trigger: '.o_notebook a[name="kpis"]',
            run: "click",
        },
        {
            content: "The KPI values are kept as evidence",
            trigger: '.o_field_widget[name=kpi_value_ids] .o_data_row td[name=kpi_id]:contains("Inspection Pass Rate")',
        },
        {
            content: "Close the evaluation",
            trigger: ".modal .modal-footer button:contains(Close)",
            run: "click",
        },
        {
            content: "Open the reporting menu",
            trigger: 'body:not(:has(.modal)) button[data-menu-xmlid="labor_outsourcing.menu_labor_reporting"]',
            run: "click",
        },
        {
            content: "Open the audit pack",
            trigger: 'a[data-menu-xmlid="labor_outsourcing_reports.menu_labor_audit_pack"]',
            run: "click",
        },
        {
            // from a fixed past day: the pack's default (1 January) leaves out the campaign's
            // quarter in January to March, when that quarter is the last one of the year before
            content: "Audit from 1 January 2020",
            trigger: ".modal .o_field_widget[name=date_from] input",
            run: "edit 01/01/2020",
        },
        {
            content: "Audit the evaluated vendor",
            trigger: ".modal .o_field_widget[name=vendor_id] input",
            run: `edit ${VENDOR}`,
        },
        {
            trigger: `.o-autocomplete--dropdown-item:contains("${VENDOR}")`,
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
