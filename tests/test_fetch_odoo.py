"""`make setup` on a fresh machine brings Odoo's source itself (scripts/fetch-odoo.sh, run by
scripts/setup-venv.sh): tested against a local bare repository standing in for the mirror."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def git(*args, cwd=None):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def mirror(tmp_path_factory):
    """A bare repository with branch 18.0 (two commits) and branch 17.0, like odoo/odoo."""
    base = tmp_path_factory.mktemp("mirror")
    work = base / "work"
    (work / "odoo").mkdir(parents=True)
    git("init", "-q", "-b", "18.0", cwd=work)
    git("config", "user.email", "t@example.com", cwd=work)
    git("config", "user.name", "t", cwd=work)
    (work / "odoo" / "release.py").write_text("version_info = (18, 0, 0, 'final', 0, '')\n")
    (work / "requirements.txt").write_text("lxml\n")
    git("add", "-A", cwd=work)
    git("commit", "-qm", "first", cwd=work)
    first = git("rev-parse", "HEAD", cwd=work)
    (work / "requirements.txt").write_text("lxml\npsycopg2\n")
    git("commit", "-qam", "second", cwd=work)
    second = git("rev-parse", "HEAD", cwd=work)
    git("checkout", "-q", "-b", "17.0", first, cwd=work)
    (work / "odoo" / "release.py").write_text("version_info = (17, 0, 0, 'final', 0, '')\n")
    git("commit", "-qam", "seventeen", cwd=work)
    bare = base / "odoo.git"
    git("clone", "-q", "--bare", str(work), str(bare))
    return {"url": f"file://{bare}", "first": first, "second": second}


def run(script, odoo_path, *args, **env):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("ODOO_", "LO_"))}
    environ.update(ODOO_PATH=str(odoo_path), **env)
    return subprocess.run([str(ROOT / "scripts" / script), *args], env=environ, capture_output=True, text=True)


def test_setup_fetch_only_clones_the_18_branch_shallow(mirror, tmp_path):
    odoo_path = tmp_path / "src" / "odoo"
    proc = run("setup-venv.sh", odoo_path, "--fetch-only", ODOO_GIT_URL=mirror["url"])
    assert proc.returncode == 0, proc.stderr
    assert git("rev-parse", "HEAD", cwd=odoo_path) == mirror["second"]
    assert git("rev-list", "--count", "HEAD", cwd=odoo_path) == "1"  # shallow
    assert "psycopg2" in (odoo_path / "requirements.txt").read_text()
    assert "(18, 0" in (odoo_path / "odoo" / "release.py").read_text()
    # a second run leaves the tree as it is
    (odoo_path / "marker").write_text("x")
    proc = run("fetch-odoo.sh", odoo_path, ODOO_GIT_URL="file:///nonexistent")
    assert proc.returncode == 0, proc.stderr
    assert (odoo_path / "marker").exists()


def test_pinned_commit_and_branch(mirror, tmp_path):
    pinned = tmp_path / "pinned"
    proc = run("fetch-odoo.sh", pinned, ODOO_GIT_URL=mirror["url"], ODOO_REF=mirror["first"])
    assert proc.returncode == 0, proc.stderr
    assert git("rev-parse", "HEAD", cwd=pinned) == mirror["first"]
    assert "psycopg2" not in (pinned / "requirements.txt").read_text()
    other = tmp_path / "other"
    proc = run("fetch-odoo.sh", other, ODOO_GIT_URL=mirror["url"], ODOO_BRANCH="17.0")
    assert proc.returncode == 0, proc.stderr
    assert "(17, 0" in (other / "odoo" / "release.py").read_text()


def test_failures_leave_nothing_behind(mirror, tmp_path):
    missing = tmp_path / "missing"
    proc = run("fetch-odoo.sh", missing, ODOO_GIT_URL=mirror["url"], ODOO_BRANCH="99.0")
    assert proc.returncode != 0 and "could not clone" in proc.stderr
    assert not missing.exists() and not list(tmp_path.glob("missing.partial.*"))
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "something").write_text("x")
    proc = run("fetch-odoo.sh", occupied, ODOO_GIT_URL=mirror["url"])
    assert proc.returncode != 0 and "holds no Odoo source" in proc.stderr
