"""The XLSX import templates shipped in addons/labor_outsourcing/static/xls/ are what
scripts/make_import_templates.py makes (no database)."""

import importlib.util
import pathlib

import openpyxl
import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_import_templates", ROOT / "scripts" / "make_import_templates.py")
make_import_templates = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_import_templates)


def cells(path):
    sheet = openpyxl.load_workbook(path, read_only=True)["Import"]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("name", sorted(make_import_templates.TEMPLATES))
def test_shipped_template_is_current(name, tmp_path):
    header, rows = make_import_templates.TEMPLATES[name]
    make_import_templates.write(tmp_path / name, header, rows)
    shipped = make_import_templates.FOLDER / name
    assert shipped.is_file(), f"{name} missing: run $ODOO_PYTHON scripts/make_import_templates.py"
    assert cells(shipped) == cells(tmp_path / name), f"{name} is stale: run scripts/make_import_templates.py"
    assert cells(shipped)[0] == header
