# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Chinese translations: every addon of the suite ships zh_CN and zh_TW, at most 5 % of the
terms Odoo extracts from its code and data are untranslated, and the key terms of the
management plan appear in menus, views, errors, reports and the portal."""

from babel.messages.pofile import read_po

from odoo.exceptions import ValidationError
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools import file_open
from odoo.tools.translate import TranslationModuleReader

MODULES = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")
LANGS = ("zh_CN", "zh_TW")
MAX_UNTRANSLATED = 0.05


def load_languages(env):
    for lang in LANGS:
        env["res.lang"]._activate_lang(lang)
    env["ir.module.module"].search([("name", "in", MODULES)])._update_translations(list(LANGS), overwrite=True)


class TestTranslationCoverage(TransactionCase):
    def test_at_most_five_percent_untranslated(self):
        """The terms are those Odoo's own export extracts now (code, views, data), so a new
        untranslated string counts even before the templates are exported again."""
        for module in MODULES:
            terms = {row[4] for row in TranslationModuleReader(self.env.cr, [module]) if row[0] == module and row[4]}
            self.assertGreater(len(terms), 100, module)
            for lang in LANGS:
                with self.subTest(module=module, lang=lang), file_open(f"{module}/i18n/{lang}.po", "rb") as handle:
                    translated = {message.id for message in read_po(handle) if message.id and message.string}
                    missing = sorted(terms - translated)
                    self.assertLessEqual(
                        len(missing) / len(terms),
                        MAX_UNTRANSLATED,
                        f"{module} {lang}: {len(missing)} of {len(terms)} terms untranslated, e.g. {missing[:10]}",
                    )


class TestTranslatedInterface(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        load_languages(cls.env)

    def lang(self, lang):
        return self.env(context=dict(self.env.context, lang=lang))

    def test_menus(self):
        expected = {
            "zh_CN": {
                "labor_outsourcing.menu_labor_root": "劳务外包",
                "labor_outsourcing.menu_labor_workers": "外协人员",
                "labor_outsourcing.menu_labor_settlement": "结算",
                "labor_outsourcing_reports.menu_labor_vendor_evaluation": "供应商评估",
            },
            "zh_TW": {
                "labor_outsourcing.menu_labor_root": "勞務外包",
                "labor_outsourcing.menu_labor_workers": "外協人員",
                "labor_outsourcing.menu_labor_settlement": "結算",
                "labor_outsourcing_reports.menu_labor_vendor_evaluation": "供應商評估",
            },
        }
        for lang, menus in expected.items():
            env = self.lang(lang)
            for xmlid, name in menus.items():
                self.assertEqual(env.ref(xmlid).name, name, f"{lang} {xmlid}")

    def test_fields_selections_and_views(self):
        for lang, terms in {
            "zh_CN": ("不合格品报告", "纠正措施", "预防措施", "补充协议", "风险登记"),
            "zh_TW": ("不合格品報告", "糾正措施", "預防措施", "補充協議", "風險登記"),
        }.items():
            env = self.lang(lang)
            ncr, contract_views = terms[0], terms[3]
            self.assertEqual(env["ir.model"]._get("labor.ncr").name, ncr)
            action_types = dict(env["labor.ncr.action"]._fields["action_type"]._description_selection(env))
            self.assertEqual((action_types["corrective"], action_types["preventive"]), terms[1:3])
            arch = env["labor.contract"].get_views([(False, "form")])["views"]["form"]["arch"]
            self.assertIn(contract_views, arch)
            self.assertIn(
                terms[4],
                env.ref("labor_outsourcing_quality.menu_labor_risk").name
                + env.ref("labor_outsourcing_quality.labor_risk_action").name,
            )

    def test_errors(self):
        grade_b = self.env.ref("labor_outsourcing_reports.grade_b")
        for lang, text in (("zh_CN", "等级标准无效"), ("zh_TW", "等級標準無效")):
            with self.assertRaises(ValidationError) as catcher:
                grade_b.with_context(lang=lang).write({"min_score": 90})
            self.assertIn(text, str(catcher.exception))

    def test_report(self):
        evaluation = self.env["labor.vendor.evaluation"].search([("state", "=", "confirmed")], limit=1)
        self.assertTrue(evaluation, "the demo campaign has confirmed evaluations")
        html, _kind = self.lang("zh_CN")["ir.actions.report"]._render_qweb_html(
            "labor_outsourcing_reports.report_vendor_evaluation", evaluation.ids
        )
        self.assertIn("供应商评估", html.decode())


@tagged("post_install", "-at_install")
class TestTranslatedPortal(HttpCase):
    def test_portal_home(self):
        load_languages(self.env)
        user = self.env["res.users"].search([("login", "=", "portal.hengxin")])
        for lang, terms in (("zh_CN", ("合同", "外协人员", "不合格品")), ("zh_TW", ("合同", "外協人員", "不合格品"))):
            user.lang = lang
            self.authenticate("portal.hengxin", "portal.hengxin")
            page = self.url_open("/my").text
            for term in terms:
                self.assertIn(term, page, f"{lang}: {term}")
