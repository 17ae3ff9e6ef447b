"""The README.rst and static/description/index.html of each addon are generated from its
readme/ fragments by scripts/gen_readme.py, and are current (no database)."""

import importlib.util
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALL = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")
_spec = importlib.util.spec_from_file_location("gen_readme", ROOT / "scripts" / "gen_readme.py")
gen_readme = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_readme)


@pytest.mark.parametrize("addon", ALL)
def test_generated_readme_is_current(addon):
    addon_dir = ROOT / "addons" / addon
    assert gen_readme.main(["--check", str(addon_dir)]) == 0, (
        f"{addon}: README.rst or index.html is stale: run $ODOO_PYTHON scripts/gen_readme.py"
    )
    for name in ("DESCRIPTION", "USAGE", "CONFIGURE", "CONTRIBUTORS", "ROADMAP"):
        assert (addon_dir / "readme" / f"{name}.md").is_file(), f"{addon}: readme/{name}.md missing"
    rst = (addon_dir / "README.rst").read_text(encoding="utf-8")
    for title in ("Configuration", "Usage", "Known issues / Roadmap", "Bug Tracker", "Credits", "Contributors"):
        assert f"\n{title}\n" in rst, f"{addon}: section {title} missing"


def test_check_fails_on_a_stale_readme(tmp_path):
    addon_dir = tmp_path / "labor_outsourcing_quality"
    shutil.copytree(ROOT / "addons" / "labor_outsourcing_quality", addon_dir)
    assert gen_readme.main(["--check", str(addon_dir)]) == 0
    usage = addon_dir / "readme" / "USAGE.md"
    usage.write_text(usage.read_text(encoding="utf-8") + "\n6. A new **step** with `code`.\n", encoding="utf-8")
    assert gen_readme.main(["--check", str(addon_dir)]) == 1
    assert gen_readme.main([str(addon_dir)]) == 0  # regenerates
    assert gen_readme.main(["--check", str(addon_dir)]) == 0
    assert "A new **step** with ``code``." in (addon_dir / "README.rst").read_text(encoding="utf-8")
    html = (addon_dir / "static/description/index.html").read_text(encoding="utf-8")
    assert "<strong>step</strong>" in html


def test_markdown_conversion():
    rst = gen_readme.md_to_rst(
        "A paragraph with **bold**补充 and *em* and [a link](https://example.com/x).\n\n"
        "- one item\n  continued\n- two\n\n| A | B |\n| --- | --- |\n| `x` | y |\n"
    )
    assert "**bold**\\ 补充" in rst
    assert "`a link <https://example.com/x>`__" in rst
    assert "- one item continued\n- two\n" in rst
    assert ".. list-table::" in rst and "   * - ``x``\n     - y" in rst
    gen_readme.make_html(rst, "x.rst")  # renders without warnings
