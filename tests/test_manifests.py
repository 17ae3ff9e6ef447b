"""Static checks of the three addons' manifests and layout (no database)."""

import ast
import pathlib
import re

import pytest

ADDONS = pathlib.Path(__file__).resolve().parent.parent / "addons"
CORE, QUALITY, REPORTS = "labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports"
ALL = (CORE, QUALITY, REPORTS)


def manifest(addon):
    return ast.literal_eval((ADDONS / addon / "__manifest__.py").read_text())


@pytest.mark.parametrize("addon", ALL)
def test_manifest_metadata(addon):
    data = manifest(addon)
    assert re.fullmatch(r"18\.0\.\d+\.\d+\.\d+", data["version"]), data["version"]
    assert data["license"] == "LGPL-3"
    for key in ("name", "summary", "category", "author", "website"):
        assert data.get(key), f"{addon}: manifest key {key} missing"
    assert data.get("installable", True)
    assert data.get("application", False) is (addon == CORE)


@pytest.mark.parametrize("addon", ALL)
def test_declared_files_exist(addon):
    data = manifest(addon)
    for rel in data.get("data", []) + data.get("demo", []):
        assert (ADDONS / addon / rel).is_file(), f"{addon}: {rel} declared but missing"
    assert (ADDONS / addon / "static/description/icon.png").is_file()
    for fragment in ("DESCRIPTION.md", "USAGE.md", "CONFIGURE.md"):
        text = (ADDONS / addon / "readme" / fragment).read_text()
        assert len(text.strip()) > 80, f"{addon}: readme/{fragment} is too thin"


def test_dependencies_run_one_way():
    core, quality, reports = (set(manifest(a)["depends"]) for a in ALL)
    assert {"purchase", "hr", "hr_timesheet", "project", "portal", "base_tier_validation"} <= core
    assert not core & {QUALITY, REPORTS}
    assert CORE in quality and REPORTS not in quality
    assert {CORE, QUALITY, "report_xlsx"} <= reports
    assert "xlsxwriter" in manifest(REPORTS)["external_dependencies"]["python"]


@pytest.mark.parametrize("addon", ALL)
def test_views_use_odoo_18_idioms(addon):
    for path in (ADDONS / addon).rglob("*.xml"):
        text = path.read_text()
        assert "<tree" not in text, f"{path}: use <list>, not <tree>"
        assert not re.search(r"\battrs\s*=", text), f"{path}: attrs= is gone in Odoo 17+"
        assert not re.search(r"\bstates\s*=\s*\"", text), f"{path}: states= is gone in Odoo 17+"


@pytest.mark.parametrize("addon", ALL)
def test_every_model_has_access_rights(addon):
    """Each model an addon defines appears in its ir.model.access.csv."""
    defined = set()
    for folder in ("models", "wizards"):
        for path in (ADDONS / addon / folder).glob("*.py"):
            text = path.read_text()
            if "(models.AbstractModel)" in text:
                continue
            defined |= set(re.findall(r"^\s+_name = \"([\w.]+)\"", text, re.M))
    csv = (ADDONS / addon / "security/ir.model.access.csv").read_text()
    for model in defined:
        assert f"model_{model.replace('.', '_')}," in csv, f"{addon}: no access rights for {model}"


def test_licence_file_is_the_lgpl_3():
    text = (ADDONS.parent / "LICENSE").read_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU AFFERO" not in text


@pytest.mark.parametrize("addon", ALL)
def test_wheel_metadata_agrees_with_the_manifest(addon):
    """What whool puts in the wheel (through manifestoo-core, exactly as it builds it):
    the manifest's licence and version, the OCA addons as requirements, odoo left to the
    installer."""
    import tomllib
    from manifestoo_core.metadata import metadata_from_addon_dir

    pyproject = tomllib.loads((ADDONS / addon / "pyproject.toml").read_text())
    assert pyproject["build-system"]["build-backend"] == "whool.buildapi"
    meta = metadata_from_addon_dir(ADDONS / addon, pyproject.get("tool", {}).get("whool", {}))
    data = manifest(addon)
    assert meta["Name"] == f"odoo-addon-{addon}"
    assert meta["License"] == data["license"] == "LGPL-3"
    assert "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)" in meta.get_all("Classifier")
    assert meta["Version"].startswith(data["version"])
    requires = set(meta.get_all("Requires-Dist"))
    assert "odoo==18.0.*" in requires
    expected = {
        CORE: {"odoo-addon-base_tier_validation==18.0.*"},
        QUALITY: {"odoo-addon-labor_outsourcing==18.0.*"},
        REPORTS: {"odoo-addon-report_xlsx==18.0.*", "odoo-addon-labor_outsourcing_quality==18.0.*", "xlsxwriter"},
    }[addon]
    assert expected <= requires, requires
    # Odoo's own addons (purchase, hr, survey...) come with odoo, not as distributions
    assert not {r for r in requires if r.startswith(("odoo-addon-purchase", "odoo-addon-hr", "odoo-addon-survey"))}
