/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// States are checked through what each state shows (its buttons and fields), not the status
// bar: on this Odoo 18 the status bar can keep the previous state after the form reloads
// (a race fixed upstream by odoo/odoo#230548).

// Data prepared by TestUi.test_selection_scoring_award_tour: a selection event in scoring
// on the management plan template (13 criteria), two candidates, the admin as only evaluator.
const EVENT_TITLE = "Tour Warehouse Pickers";
const VENDOR_A = "Tour Alpha Staffing";
const VENDOR_B = "Tour Beta Staffing";
const CRITERIA_COUNT = 13;

/**
 * Steps scoring every line of the open score sheet with `score`, then submitting it.
 * A row of the editable list becomes editable (its radio buttons enabled) once its cell
 * is clicked.
 */
function scoreSheetSteps(vendor, score) {
    const steps = [
        {
            content: `Open the score sheet of ${vendor}`,
            trigger: `.o_list_view .o_data_row td[name=vendor_id]:contains("${vendor}")`,
            run: "click",
        },
        {
            content: "The score sheet is open and to score",
            trigger: `.o_form_view .oe_title .o_field_widget[name=vendor_id]:contains("${vendor}")`,
        },
        {
            trigger: `.o_form_view .o_field_widget[name=line_ids] .o_data_row:nth-child(${CRITERIA_COUNT})`,
        },
    ];
    for (let i = 1; i <= CRITERIA_COUNT; i++) {
        const row = `.o_field_widget[name=line_ids] .o_data_row:nth-child(${i})`;
        steps.push(
            {
                content: `Edit the score of criterion ${i}`,
                trigger: `${row} td[name=score]`,
                run: "click",
            },
            {
                content: `Score criterion ${i}: ${score}`,
                trigger: `${row}.o_selected_row .o_field_widget[name=score] input[data-value="${score}"]:enabled`,
                run: "click",
            },
            {
                trigger: `${row} .o_field_widget[name=score] input[data-value="${score}"]:checked`,
            }
        );
    }
    steps.push(
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
            content: "Back to my score sheets",
            trigger: '.o_breadcrumb .breadcrumb-item a:contains("Score Sheets")',
            run: "click",
        },
        {
            content: `The submitted sheet of ${vendor} is no longer to score`,
            trigger: `.o_list_view:not(:has(.o_data_row td[name=vendor_id]:contains("${vendor}")))`,
        }
    );
    return steps;
}

registry.category("web_tour.tours").add("labor_outsourcing_selection_award_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Outsourcing app",
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            content: "Open the vendors (the app's first menu may be another addon's overview)",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_vendors"]',
            run: "click",
        },
        {
            trigger: 'a[data-menu-xmlid="labor_outsourcing.menu_labor_vendor"]',
            run: "click",
        },
        {
            trigger: '.o_breadcrumb:contains("Outsourcing Vendors")',
        },
        {
            content: "Open the vendors menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_vendors"]',
            run: "click",
        },
        {
            content: "Open my score sheets",
            trigger: 'a[data-menu-xmlid="labor_outsourcing.menu_labor_score_sheet"]',
            run: "click",
        },
        {
            trigger: '.o_breadcrumb:contains("Score Sheets")',
        },
        ...scoreSheetSteps(VENDOR_A, 5),
        ...scoreSheetSteps(VENDOR_B, 3),
        {
            content: "Open the vendors menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_vendors"]',
            run: "click",
        },
        {
            content: "Open the vendor selection events",
            trigger: 'a[data-menu-xmlid="labor_outsourcing.menu_labor_selection_event"]',
            run: "click",
        },
        {
            content: "Open the event",
            trigger: `.o_list_view .o_data_row td[name=title]:contains("${EVENT_TITLE}")`,
            run: "click",
        },
        {
            content: "Both score sheets are submitted",
            trigger: '.o_form_view .oe_stat_button[name="action_view_my_sheets"] .o_stat_value:contains("2 / 2")',
        },
        {
            content: "Close the scoring",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_close_scoring"]:enabled',
            run: "click",
        },
        {
            content: "The event is scored",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_close_scoring"])) .o_statusbar_buttons button[name="action_confirm_award"]',
        },
        {
            content: "Open the Award tab",
            trigger: '.o_notebook a[name="award"]',
            run: "click",
        },
        {
            content: `The best ranked candidate, ${VENDOR_A}, is preselected`,
            trigger: `.o_field_widget[name=awarded_candidate_id] input:value("${VENDOR_A}")`,
        },
        {
            content: "Justify the award",
            trigger: ".o_field_widget[name=award_justification] textarea",
            run: "edit Best score on every criterion.",
        },
        {
            content: "Confirm the award",
            trigger: '.o_form_view .o_statusbar_buttons button[name="action_confirm_award"]:enabled',
            run: "click",
        },
        {
            content: "The event is awarded",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_confirm_award"])) .o_field_widget[name=award_confirmed_by_id]',
        },
        {
            content: "The award is recorded",
            trigger: ".o_form_view .o_field_widget[name=award_confirmed_by_id]",
        },
    ],
});
