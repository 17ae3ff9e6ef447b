# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Upgrades keep the data: the addons of the last release recorded in RELEASES (taken out of
the repository's own history with ``git archive``, so a clone without tags works) are
installed on a fresh database without demo data, filled with the benchmark's small data by
the release's own generator, then upgraded to the working tree with ``-u``. Every record
count, state and monetary sum of the suite's models, the workers, purchase orders and
attachments must be unchanged, and the stored fields added since the release filled.

Runs Odoo in subprocesses against the test server (the configuration pytest-odoo was given),
on a database of its own that is dropped at the end.
"""

import configparser
import io
import json
import pathlib
import re
import subprocess
import sys
import tarfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SNAPSHOT = (ROOT / "tests" / "upgrade" / "snapshot.py").read_text(encoding="utf-8")
MODULES = "labor_outsourcing,labor_outsourcing_quality,labor_outsourcing_reports"
ANCHOR = "2026-06-30"  # the generated data's "today": fixed, so the data never depends on the day of the run
# The release's generator, run with the clock at the anchor: the models' rules that read
# today (a worker with an expired certificate logs no timesheet) see the data's "today".
GENERATE = """
import runpy, sys
from freezegun import freeze_time
clock = sys.argv.pop()
sys.argv = ["bench.generate", *sys.argv[1:]]
with freeze_time(clock, tick=True):
    runpy.run_module("bench.generate", run_name="__main__", alter_sys=True)
"""
SEED = 11


def last_release():
    lines = [line.split() for line in (ROOT / "RELEASES").read_text().splitlines() if line.strip() and line[0] != "#"]
    version, commit = lines[-1]
    assert re.fullmatch(r"18\.0\.\d+\.\d+\.\d+", version) and re.fullmatch(r"[0-9a-f]{40}", commit)
    return version, commit


def extract_release(commit, dest):
    """The release's addons/ and bench/ from git history (no tag, no network)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "addons", "bench"],
        capture_output=True,
        check=False,
    )
    assert archive.returncode == 0, f"commit {commit} of RELEASES is not in this clone's history: {archive.stderr!r}"
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")


def conf_with_addons(conf, addons_dir, dest):
    """A copy of the test configuration whose addons path has ``addons_dir`` instead of the
    working tree's addons."""
    parser = configparser.RawConfigParser()
    parser.read(conf)
    paths = [p.strip() for p in parser.get("options", "addons_path").split(",")]
    ours = str(ROOT / "addons")
    assert ours in [str(pathlib.Path(p).resolve()) for p in paths], paths
    parser.set(
        "options",
        "addons_path",
        ",".join(str(addons_dir) if str(pathlib.Path(p).resolve()) == ours else p for p in paths),
    )
    with open(dest, "w") as handle:
        parser.write(handle)
    return str(dest)


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory, fresh_database):
    from odoo.tools import config  # configured by pytest-odoo (--odoo-config)

    version, commit = last_release()
    tmp = tmp_path_factory.mktemp("upgrade")
    release = tmp / "release"
    extract_release(commit, release)
    release_conf = conf_with_addons(config.rcfile, release / "addons", tmp / "release.conf")
    db = f"{config['db_name'] or 'labor_outsourcing_test'}_upgrade".split(",")[-1]

    def run(args, cwd=None, stdin=None, what="odoo"):
        proc = subprocess.run(
            [sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=1200, check=False, cwd=cwd
        )
        assert proc.returncode == 0, f"{what} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
        return proc.stdout

    def snapshot(conf):
        out = run(["-m", "odoo", "shell", "-c", conf, "-d", db, "--no-http", "--log-level=warn"], stdin=SNAPSHOT)
        line = next((line for line in out.splitlines() if line.startswith("SNAPSHOT ")), None)
        assert line, out
        return json.loads(line[len("SNAPSHOT ") :])

    def drop():
        subprocess.run([sys.executable, "-m", "odoo", "db", "-c", config.rcfile, "drop", db], capture_output=True)

    fresh_database(db)
    common = ["-d", db, "--stop-after-init", "--no-http", "--log-level=warn"]
    run(["-m", "odoo", "-c", release_conf, *common, "-i", MODULES, "--without-demo=all"], what=f"install {version}")
    run(
        [
            "-c",
            GENERATE,
            "-c",
            release_conf,
            "-d",
            db,
            "--scale",
            "small",
            "--seed",
            str(SEED),
            "--anchor",
            ANCHOR,
            f"{ANCHOR} 12:00:00",
        ],
        cwd=release,
        what=f"the benchmark generator of {version}",
    )
    before = snapshot(release_conf)
    run(["-m", "odoo", "-c", config.rcfile, *common, "-u", MODULES], what="upgrade to the working tree")
    after = snapshot(config.rcfile)
    yield version, before, after
    drop()


def test_release_installs_and_gets_data(upgraded):
    version, before, _after = upgraded
    assert set(before["versions"].values()) == {version}
    assert before["workers"]["count"] > 0
    assert before["labor.contract"]["count"] > 0 and before["labor.settlement"]["count"] > 0
    assert before["labor.vendor.document"]["count"] > 0 and before["labor.worker.certificate"]["count"] > 0
    assert before["ir.attachment"]["count"] > 0


def test_upgrade_keeps_counts_states_and_amounts(upgraded):
    _version, before, after = upgraded
    manifests = {name: (ROOT / "addons" / name / "__manifest__.py").read_text() for name in MODULES.split(",")}
    for name, text in manifests.items():
        assert re.search(r'"version": "%s"' % re.escape(after["versions"][name]), text), name
    changed = []
    for model, old in before.items():
        if model in ("versions",):
            continue
        new = after.get(model)
        assert new is not None, f"{model} is gone after the upgrade"
        for key in ("count", "bytes"):
            if key in old and old[key] != new[key]:
                changed.append(f"{model}: {key} {old[key]} -> {new[key]}")
        if old.get("states", {}) != new.get("states", {}):
            changed.append(f"{model}: states {old['states']} -> {new['states']}")
        for field, total in old.get("sums", {}).items():
            if field in new["sums"] and new["sums"][field] != total:
                changed.append(f"{model}.{field}: sum {total} -> {new['sums'][field]}")
    assert not changed, "the upgrade changed data:\n" + "\n".join(changed)


def test_new_stored_fields_are_filled(upgraded):
    """Columns that did not exist in the release: required and computed ones hold a value on
    every existing record (a migration script or the compute filled them)."""
    _version, before, after = upgraded
    empty = []
    for model, new in after.items():
        old = before.get(model)
        if not old or "nulls" not in new:
            continue
        for field in set(new["nulls"]) - set(old["nulls"]):
            if field in new["computed"]:
                # empty where computing it now would give a value (not where it is empty by rule)
                missing = new.get("unfilled", {}).get(field, 0)
            else:
                missing = new["nulls"][field] if field in new["required"] else 0
            if missing:
                empty.append(f"{model}.{field}: {missing} of {new['count']} records empty")
        # a required field must be filled anyway
        for field in new["required"]:
            if new["nulls"].get(field) and not old["nulls"].get(field):
                empty.append(f"{model}.{field} (required): {new['nulls'][field]} records empty")
    assert not empty, "\n".join(sorted(set(empty)))
