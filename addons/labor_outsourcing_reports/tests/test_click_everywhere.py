# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every menu of the Outsourcing app opens, with every view type and filter it offers,
for each group that can see it (Odoo's own click-everywhere bot in headless Chromium)."""

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestClickEverywhere(HttpCase):
    allow_end_on_form = True

    def click_everywhere(self, login):
        self.browser_js(
            "/odoo",
            "odoo.loader.modules.get('@web/webclient/clickbot/clickbot_loader')"
            ".startClickEverywhere('labor_outsourcing.menu_labor_root');",
            "odoo.isReady === true",
            login=login,
            timeout=1200,
            success_signal="clickbot test succeeded",
        )

    def test_as_manager(self):
        self.click_everywhere("admin")

    def test_as_user(self):
        new_test_user(self.env, "lo_click_user", groups="labor_outsourcing.group_labor_user")
        self.click_everywhere("lo_click_user")

    def test_as_quality_inspector(self):
        new_test_user(self.env, "lo_click_inspector", groups="labor_outsourcing_quality.group_labor_quality_inspector")
        self.click_everywhere("lo_click_inspector")
