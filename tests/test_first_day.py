# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""First day: the three addons install on a database without demo data and leave usable
defaults; uninstalling the quality and reports addons leaves the core working.

Runs Odoo in subprocesses against the test server (the configuration pytest-odoo was
given), on a database of its own that is dropped at the end.
"""

import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CHECKS = (ROOT / "tests" / "first_day" / "checks.py").read_text(encoding="utf-8")
MODULES = "labor_outsourcing,labor_outsourcing_quality,labor_outsourcing_reports"


@pytest.fixture(scope="module")
def odoo_db():
    from odoo.tools import config  # configured by pytest-odoo (--odoo-config)

    conf = config.rcfile
    db = f"{config['db_name'] or 'labor_outsourcing_test'}_first_day".split(",")[-1]

    def odoo(*args, stdin=None):
        proc = subprocess.run(
            [sys.executable, "-m", "odoo", *args[:1], "-c", conf, *args[1:]],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        assert proc.returncode == 0, f"odoo {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
        return proc.stdout

    subprocess.run([sys.executable, "-m", "odoo", "db", "-c", conf, "drop", db], capture_output=True, check=False)
    odoo("server", "-d", db, "-i", MODULES, "--without-demo=all", "--stop-after-init", "--no-http", "--log-level=warn")
    yield lambda stage: odoo("shell", "-d", db, "--no-http", "--log-level=warn", stdin=f"STAGE = {stage!r}\n{CHECKS}")
    subprocess.run([sys.executable, "-m", "odoo", "db", "-c", conf, "drop", db], capture_output=True, check=False)


def passed(output):
    assert "FIRST-DAY-DONE" in output, output
    return [line.split(" ", 1)[1] for line in output.splitlines() if line.startswith("CHECK-OK ")]


def test_install_without_demo_leaves_usable_defaults(odoo_db):
    checks = passed(odoo_db("installed"))
    assert any(check.startswith("crons") for check in checks)
    assert "vendor and contract flow" in checks


def test_uninstalling_quality_and_reports_leaves_the_core_working(odoo_db):
    assert "uninstalled quality and reports" in passed(odoo_db("uninstall"))
    checks = passed(odoo_db("core_only"))
    assert "vendor and contract flow" in checks
    assert any(check.startswith("menus") for check in checks)
