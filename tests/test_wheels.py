# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The packaging, not only the source tree: the three addons are built into wheels by whool
(``pip wheel``, as OCA ships them), installed with ``--no-deps --target`` into a throwaway
folder, and installed from there on a fresh database, with the working tree out of the
addons path.

Runs pip and Odoo in subprocesses against the test server (the configuration pytest-odoo
was given), on a database of its own that is dropped at the end.
"""

import configparser
import pathlib
import re
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
ADDONS = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")
CHECK = """
import json
from odoo.modules.module import get_module_path
mods = env["ir.module.module"].search([("name", "in", %r)])
print("WHEEL-CHECK " + json.dumps({
    m.name: {"state": m.state, "version": m.latest_version, "path": get_module_path(m.name),
             "file": __import__("odoo.addons." + m.name, fromlist=["x"]).__file__} for m in mods
}), flush=True)
"""


def run(args, what, **kwargs):
    proc = subprocess.run(args, capture_output=True, text=True, timeout=1200, check=False, **kwargs)
    assert proc.returncode == 0, f"{what} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    return proc.stdout


@pytest.fixture(scope="module")
def wheels(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    # --no-build-isolation: whool comes from this interpreter (requirements-test.txt), no network
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)]
        + [str(ROOT / "addons" / addon) for addon in ADDONS],
        "pip wheel",
    )
    return {addon: next(dist.glob(f"odoo_addon_{addon}-18.0.*-py3-none-any.whl")) for addon in ADDONS}


def test_wheels_are_named_and_filled_like_oca_wheels(wheels):
    for addon, wheel in wheels.items():
        manifest = (ROOT / "addons" / addon / "__manifest__.py").read_text()
        version = re.search(r'"version": "([\d.]+)"', manifest)[1]
        assert re.fullmatch(rf"odoo_addon_{addon}-{re.escape(version)}(\.\d+)?-py3-none-any\.whl", wheel.name)
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
            metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        assert f"odoo/addons/{addon}/__manifest__.py" in names
        assert f"odoo/addons/{addon}/static/description/icon.png" in names
        assert f"odoo/addons/{addon}/README.rst" in names
        assert f"odoo/addons/{addon}/static/description/index.html" in names
        assert not [n for n in names if n.endswith((".pyc", "pyproject.toml"))], "build leftovers in the wheel"
        assert "License: LGPL-3" in metadata and "Requires-Dist: odoo==18.0.*" in metadata
    with zipfile.ZipFile(wheels["labor_outsourcing"]) as archive:
        names = archive.namelist()
    assert "odoo/addons/labor_outsourcing/static/xls/labor_outsourcing_workers.xlsx" in names
    # exactly the addon's git-tracked files (whool copies `git ls-files`), whatever else lies around
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT / "addons" / "labor_outsourcing", capture_output=True, text=True, check=True
    ).stdout.split()
    packed = {n.removeprefix("odoo/addons/labor_outsourcing/") for n in names if n.startswith("odoo/addons/")}
    assert packed == set(tracked) - {"pyproject.toml"}


@pytest.fixture(scope="module")
def installed_from_wheels(wheels, tmp_path_factory, fresh_database):
    from odoo.tools import config  # configured by pytest-odoo (--odoo-config)

    target = tmp_path_factory.mktemp("site")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            *map(str, wheels.values()),
        ],
        "pip install --target",
    )
    wheel_addons = target / "odoo" / "addons"
    parser = configparser.RawConfigParser()
    parser.read(config.rcfile)
    ours = str(ROOT / "addons")
    paths = [p.strip() for p in parser.get("options", "addons_path").split(",")]
    paths = [str(wheel_addons)] + [p for p in paths if str(pathlib.Path(p).resolve()) != ours]
    parser.set("options", "addons_path", ",".join(paths))
    conf = target.parent / "wheels.conf"
    with open(conf, "w") as handle:
        parser.write(handle)
    db = f"{config['db_name'] or 'labor_outsourcing_test'}_wheels".split(",")[-1]
    drop = [sys.executable, "-m", "odoo", "db", "-c", str(conf), "drop", db]
    fresh_database(db)
    common = ["-c", str(conf), "-d", db, "--no-http", "--log-level=warn"]
    run(
        [
            sys.executable,
            "-m",
            "odoo",
            "server",
            *common,
            "-i",
            ",".join(ADDONS),
            "--without-demo=all",
            "--stop-after-init",
        ],
        "install from the wheels",
    )
    out = run([sys.executable, "-m", "odoo", "shell", *common], "odoo shell", input=CHECK % (list(ADDONS),))
    yield wheel_addons, out
    subprocess.run(drop, capture_output=True, check=False)


def test_addons_install_from_the_wheels(installed_from_wheels):
    import json

    wheel_addons, out = installed_from_wheels
    line = next((line for line in out.splitlines() if line.startswith("WHEEL-CHECK ")), None)
    assert line, out
    modules = json.loads(line[len("WHEEL-CHECK ") :])
    assert sorted(modules) == sorted(ADDONS)
    for addon, info in modules.items():
        assert info["state"] == "installed", (addon, info)
        assert pathlib.Path(info["path"]).resolve() == (wheel_addons / addon).resolve(), info
        assert pathlib.Path(info["file"]).resolve().is_relative_to(wheel_addons.resolve()), info
        assert not pathlib.Path(info["file"]).resolve().is_relative_to(ROOT.resolve()), info
