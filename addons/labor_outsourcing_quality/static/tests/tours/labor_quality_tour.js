/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// States are checked through what each state shows (its buttons and fields), not the status
// bar: on this Odoo 18 the status bar can keep the previous state after the form reloads
// (a race fixed upstream by odoo/odoo#230548).

// Data prepared by TestQualityUi.test_failed_inspection_to_closed_ncr_tour: an inspection
// plan "Tour Site Plan" with one pass/fail check "Tour helmets worn" on the active demo contract.
function clickButton(label) {
    return [
        {
            content: label,
            trigger: `.o_form_view .o_statusbar_buttons button:contains("${label}")`,
            run: "click",
        },
        {
            trigger: `body:not(:has(.o_form_view .o_statusbar_buttons button:contains("${label}")))`,
        },
    ];
}

function openTab(label) {
    return {
        content: `Open the ${label} tab`,
        trigger: `.o_notebook .nav-link:contains("${label}")`,
        run: "click",
    };
}

registry.category("web_tour.tours").add("labor_outsourcing_quality_ncr_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            trigger: 'button[data-menu-xmlid="labor_outsourcing_quality.menu_labor_quality"]',
            run: "click",
        },
        {
            trigger: 'a[data-menu-xmlid="labor_outsourcing_quality.menu_labor_inspection"]',
            run: "click",
        },
        {
            trigger: ".o_list_view",
        },
        {
            content: "Record an inspection",
            trigger: ".o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=plan_id] input",
            run: "edit Tour Site Plan",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Tour Site Plan")',
            run: "click",
        },
        ...clickButton("Start"),
        {
            content: "Answer the check: fail",
            trigger: '.o_field_widget[name=answer_ids] .o_data_row:contains("Tour helmets worn") td[name=verdict]',
            run: "click",
        },
        {
            trigger: '.o_field_widget[name=answer_ids] .o_data_row td[name=verdict] select',
            run: 'select "fail"',
        },
        ...clickButton("Finish"),
        {
            trigger: '.o_form_view .ribbon:contains("Failed")',
        },
        {
            content: "Open the non-conformance opened by the failed inspection",
            trigger: '.o_form_view button[name="action_view_ncr"]',
            run: "click",
        },
        {
            trigger: '.o_form_view .o_field_widget[name=title] input:value("Failed inspection")',
        },
        ...clickButton("Start Containment"),
        openTab("Containment"),
        {
            trigger: ".o_form_view .o_field_widget[name=containment_action] textarea",
            run: "edit Workers sent to fetch helmets",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=disposition] select",
            run: 'select "rework"',
        },
        ...clickButton("Start Analysis"),
        openTab("Root Cause"),
        {
            trigger: ".o_field_widget[name=why_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=why_ids] .o_data_row td[name=question] input",
            run: "edit Why no helmet?",
        },
        {
            trigger: ".o_field_widget[name=why_ids] .o_data_row td[name=answer] input",
            run: "edit None at the entrance",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=root_cause] textarea",
            run: "edit No helmet rack at the line entrance",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=cause_category] select",
            run: 'select "environment"',
        },
        ...clickButton("Plan Actions"),
        openTab("Actions"),
        {
            trigger: ".o_field_widget[name=action_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=action_ids] .o_data_row td[name=name] input",
            run: "edit Install a helmet rack",
        },
        {
            trigger: ".o_field_widget[name=action_ids] .o_data_row td[name=date_deadline] input",
            run: "edit 01/31/2031",
        },
        ...clickButton("Implement"),
        openTab("Actions"),
        {
            trigger: ".o_field_widget[name=action_ids] .o_data_row td[name=evidence]",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=action_ids] .o_data_row td[name=evidence] textarea",
            run: "edit Rack installed",
        },
        {
            trigger: ".o_field_widget[name=action_ids] .o_data_row td[name=state] select",
            run: 'select "done"',
        },
        ...clickButton("Verify Effectiveness"),
        openTab("Verification"),
        {
            trigger: ".o_form_view .o_field_widget[name=effectiveness_verified] input",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=verification_note] textarea",
            run: "edit All workers wear helmets a week later",
        },
        ...clickButton("Close"),
        {
            content: "The non-conformance is closed",
            trigger: '.o_form_view:not(:has(.o_statusbar_buttons button[name="action_cancel"])):not(:has(.o_statusbar_buttons button[name="action_next_step"])) .o_field_widget[name=date_closed]',
        },
    ],
});
