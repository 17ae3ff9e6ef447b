"""Shared fixture of the subprocess tests that install the addons on a database of their own
(tests/test_wheels.py, tests/test_upgrade.py): the Odoo and OCA addons the suite depends on
are installed once, without demo data, in a database that each test duplicates (with its
filestore) before installing the three addons from where it wants them."""

import ast
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
OURS = ("labor_outsourcing", "labor_outsourcing_quality", "labor_outsourcing_reports")


def dependencies():
    depends = set()
    for addon in OURS:
        depends |= set(ast.literal_eval((ROOT / "addons" / addon / "__manifest__.py").read_text())["depends"])
    return sorted(depends - set(OURS))


@pytest.fixture(scope="session")
def fresh_database():
    """``fresh_database(name)`` makes database ``name``: Odoo's and OCA's addons that the
    suite depends on installed without demo data, none of the suite's addons."""
    from odoo.tools import config  # configured by pytest-odoo (--odoo-config)

    conf = config.rcfile
    source = f"{config['db_name'] or 'labor_outsourcing_test'}_deps".split(",")[-1]
    odoo = [sys.executable, "-m", "odoo"]
    made = []

    def drop(db):
        subprocess.run([*odoo, "db", "-c", conf, "drop", db], capture_output=True, check=False)

    def make(name):
        if not made:
            drop(source)
            proc = subprocess.run(
                [*odoo, "-c", conf, "-d", source, "-i", ",".join(dependencies()), "--without-demo=all"]
                + ["--stop-after-init", "--no-http", "--log-level=warn"],
                capture_output=True,
                text=True,
                timeout=1200,
                check=False,
            )
            assert proc.returncode == 0, f"installing the dependencies failed:\n{proc.stderr[-6000:]}"
            made.append(source)
        proc = subprocess.run(
            [*odoo, "db", "-c", conf, "duplicate", "--force", source, name], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, f"duplicating {source} failed:\n{proc.stderr[-3000:]}"
        return name

    yield make
    for db in made:
        drop(db)
