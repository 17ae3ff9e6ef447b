# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Chinese PDFs: the evaluation and contract-summary reports printed in zh_CN and zh_TW
carry their Chinese labels in the PDF's text. wkhtmltopdf drops every glyph it finds
no font for without a word, so without a CJK font (Debian's ``fonts-noto-cjk``) the
figures print and the words vanish; ``pdftotext`` reads back what was really drawn."""

import shutil
import subprocess
import unicodedata
from datetime import date

from odoo import Command

from .common import EvaluationCommon
from .test_translations import load_languages

EVALUATION = "labor_outsourcing_reports.report_vendor_evaluation"
SUMMARY = "labor_outsourcing_reports.report_contract_summary"

#: labels each report prints whatever the record holds, per language
LABELS = {
    EVALUATION: {
        "zh_CN": ("供应商评估", "供应商", "期间", "等级", "关键绩效指标"),
        "zh_TW": ("供應商評估", "供應商", "期間", "等級", "關鍵績效指標"),
    },
    SUMMARY: {
        "zh_CN": ("合同摘要", "合同各方", "供应商", "条款", "人员编制计划"),
        "zh_TW": ("合同摘要", "合同各方", "供應商", "條款", "人員編制計劃"),
    },
}


def pdf_text(pdf):
    """Text of ``pdf`` as ``pdftotext`` (poppler-utils) extracts it, without white space (narrow
    table cells wrap their labels) and NFKC-normalized (Noto CJK maps some ideographs to their
    Kangxi radical code points, e.g. U+2F08 for 人)."""
    binary = shutil.which("pdftotext")
    if not binary:
        raise AssertionError("pdftotext is missing: apt-get install poppler-utils (scripts/lib.sh checks it)")
    text = subprocess.run([binary, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return "".join(unicodedata.normalize("NFKC", text.decode()).split())


class TestChinesePdf(EvaluationCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        load_languages(cls.env)
        cls.vendor_cn = cls.create_vendor("苏州恒信人力资源有限公司", state="approved")
        cls.contract = cls.env["labor.contract"].create(
            {
                "title": "装配线劳务外包",
                "vendor_id": cls.vendor_cn.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "amount_estimated": 100000.0,
                "user_id": cls.manager.id,
                "headcount_line_ids": [Command.create({"job_product_id": cls.job.id, "quantity": 2})],
            }
        )
        campaign = cls.create_campaign(cls, cls.vendor_cn)
        campaign.with_user(cls.user).action_start()
        cls.evaluation = campaign.evaluation_ids

    def render_pdf_text(self, report, records, lang):
        self.env.invalidate_all()  # computed labels were cached in the previous language
        # Odoo prints HTML in test mode unless asked: force the real wkhtmltopdf rendering
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_user(self.manager)
            .with_context(lang=lang, force_report_rendering=True)
            ._render_qweb_pdf(report, records.ids)
        )
        self.assertEqual(kind, "pdf")
        return pdf_text(pdf)

    def test_chinese_labels_in_the_pdfs(self):
        self.assertEqual(len(self.evaluation), 1)
        for report, records in ((EVALUATION, self.evaluation), (SUMMARY, self.contract)):
            for lang, labels in LABELS[report].items():
                with self.subTest(report=report, lang=lang):
                    text = self.render_pdf_text(report, records, lang)
                    # the figures print even without a CJK font: the record's number is there
                    self.assertIn("".join(records.name.split()), text)
                    missing = [label for label in labels if label not in text]
                    self.assertFalse(
                        missing,
                        f"{report} in {lang}: {missing} not in the PDF's text (is a CJK font installed? "
                        f"fc-list :lang=zh; apt-get install fonts-noto-cjk)",
                    )
