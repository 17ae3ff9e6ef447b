/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

registry.category("web_tour.tours").add("labor_outsourcing_vendor_site_tour", {
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
            content: "Create a vendor",
            trigger: ".o_control_panel_main_buttons .o-kanban-button-new",
            run: "click",
        },
        {
            content: "Name the vendor",
            trigger: ".o_form_view .o_field_widget[name=name] input",
            run: "edit Tour Staffing Co., Ltd.",
        },
        {
            content: "Open the Outsourcing tab (the new company is an outsourcing vendor)",
            trigger: '.o_notebook a[name="labor_outsourcing"]',
            run: "click",
        },
        {
            content: "Add the service it offers",
            trigger: ".o_field_widget[name=outsourcing_service_type_ids] input",
            run: "edit Security",
        },
        {
            trigger: '.o-autocomplete--dropdown-item:contains("Security Guarding")',
            run: "click",
        },
        {
            trigger: '.o_field_widget[name=outsourcing_service_type_ids] .o_tag:contains("Security Guarding")',
        },
        ...stepUtils.saveForm(),
        {
            content: "Open the configuration menu",
            trigger: 'button[data-menu-xmlid="labor_outsourcing.menu_labor_configuration"]',
            run: "click",
        },
        {
            content: "Open the work sites",
            trigger: 'a[data-menu-xmlid="labor_outsourcing.menu_labor_work_site"]',
            run: "click",
        },
        {
            trigger: ".o_list_view",
        },
        {
            content: "Create a work site",
            trigger: ".o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=name] input",
            run: "edit Tour Depot",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=code] input",
            run: "edit TOUR-1",
        },
        ...stepUtils.saveForm(),
        {
            content: "Back to the list, the new site is there",
            trigger: '.o_breadcrumb .o_back_button a, .o_breadcrumb .breadcrumb-item a:contains("Work Sites")',
            run: "click",
        },
        {
            trigger: '.o_list_view .o_data_cell:contains("TOUR-1")',
        },
    ],
});
