"""The test harness fails fast and clearly when its prerequisites are missing."""

import os
import pathlib
import subprocess
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run_harness(**env):
    full_env = dict(os.environ, **env)
    full_env.pop("PGHOST", None)
    started = time.monotonic()
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "test.sh")],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return proc, time.monotonic() - started


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"ODOO_PATH": "/nonexistent"}, "ODOO_PATH=/nonexistent"),
        ({"ODOO_PYTHON": "/nonexistent/python"}, "ODOO_PYTHON=/nonexistent/python"),
    ],
)
def test_missing_prerequisite_fails_fast(env, expected):
    proc, elapsed = run_harness(**env)
    assert proc.returncode != 0
    assert elapsed < 10, f"took {elapsed:.1f}s"
    assert expected in proc.stderr, proc.stderr
    assert "ERROR:" in proc.stderr


def test_missing_cjk_font_fails_fast(tmp_path):
    """wkhtmltopdf prints Chinese reports without their words when no CJK font is installed:
    the harness refuses to run instead (a fontconfig seeing no font stands for a bare machine)."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<cachedir>{tmp_path}</cachedir></fontconfig>"
    )
    proc, elapsed = run_harness(FONTCONFIG_FILE=str(conf), LO_SKIP_LINT="1")
    assert proc.returncode != 0
    assert elapsed < 10, f"took {elapsed:.1f}s"
    assert "No CJK font found" in proc.stderr, proc.stderr
    assert "fonts-noto-cjk" in proc.stderr
