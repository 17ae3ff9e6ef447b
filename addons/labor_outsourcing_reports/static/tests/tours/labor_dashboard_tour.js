/** @odoo-module **/
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

// Data prepared by TestDashboardUi.test_dashboard_tour: an open major NCR "Dashboard tour NCR".
registry.category("web_tour.tours").add("labor_outsourcing_reports_dashboard_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: '.o_app[data-menu-xmlid="labor_outsourcing.menu_labor_root"]',
            run: "click",
        },
        {
            content: "The app opens on the overview",
            trigger: ".o_labor_dashboard .o_labor_dashboard_section_expiry .o_labor_tile_documents_expired",
        },
        {
            content: "Open the major NCRs",
            trigger: ".o_labor_dashboard .o_labor_tile_ncr_major[data-status='danger']",
            run: "click",
        },
        {
            trigger: ".o_breadcrumb:contains('Open major NCRs')",
        },
        {
            content: "The NCR of the tile is listed",
            trigger: ".o_list_view .o_data_row:contains('Dashboard tour NCR')",
        },
        {
            content: "Back to the overview",
            trigger: ".o_breadcrumb .o_back_button, .o_breadcrumb li.breadcrumb-item a",
            run: "click",
        },
        {
            trigger: ".o_labor_dashboard .o_labor_tile_ncr_major",
        },
    ],
});
