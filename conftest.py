"""Project-wide pytest policy: a skipped test is a failed run.

Odoo skips browser tours (while reporting success) when websocket-client or Chrome is
missing, and pytest-odoo skips every HttpCase without --odoo-http. Neither may pass
silently here: any skip turns the session's exit status into a failure.
"""

import logging

import pytest


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        terminalreporter.section("skipped tests are not allowed", sep="=", red=True)
        for report in skipped:
            terminalreporter.write_line(f"SKIPPED {report.nodeid}: {report.longrepr}")


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter and reporter.stats.get("skipped") and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


class _DropTestFrameworkImportError:
    """pytest-odoo imports odoo.tests before it turns test mode on, and Odoo logs that
    import as an error with a stack trace. Tests are run in test mode; drop that line."""

    def filter(self, record):
        return not record.getMessage().startswith("Importing test framework")


logging.getLogger("odoo.tests.common").addFilter(_DropTestFrameworkImportError())


def pytest_configure(config):
    try:
        from odoo.modules.module import initialize_sys_path
    except ImportError:  # pragma: no cover - only without Odoo on the path
        return
    # make odoo.addons.<addon> importable at collection time (pure-Python tests of tools/)
    initialize_sys_path()
