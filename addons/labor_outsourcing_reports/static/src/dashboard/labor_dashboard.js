/** @odoo-module **/
// Copyright 2026 Labor Outsourcing contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { Component, onWillStart, useState } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { Layout } from "@web/search/layout";

/**
 * Outsourcing overview: tiles computed by ``labor.dashboard.get_dashboard_data`` with the
 * user's rights; a click on a tile opens the records behind its figure.
 */
export class LaborDashboard extends Component {
    static template = "labor_outsourcing_reports.Dashboard";
    static components = { Layout };
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.actionService = useService("action");
        this.state = useState({ sections: [], periods: [], period: "quarter", loading: true });
        onWillStart(() => this.load());
    }

    get display() {
        return { controlPanel: {} };
    }

    async load(period = this.state.period) {
        this.state.loading = true;
        const data = await this.orm.call("labor.dashboard", "get_dashboard_data", [], { period });
        Object.assign(this.state, {
            sections: data.sections,
            periods: data.periods,
            period: data.period,
            loading: false,
        });
    }

    openTile(tile) {
        if (tile.action) {
            this.actionService.doAction(tile.action);
        }
    }

    openRecord(row) {
        this.actionService.doAction({
            type: "ir.actions.act_window",
            res_model: row.model,
            res_id: row.id,
            views: [[false, "form"]],
            target: "current",
        });
    }
}

registry.category("actions").add("labor_outsourcing_reports.dashboard", LaborDashboard);
