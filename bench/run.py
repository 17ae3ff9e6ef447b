# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The benchmark: every measurement on the same database, a table and a JSON file.

    python -m bench.run -c odoo.conf -d DB [--json results.json] [--only 1,4]

(``make bench SCALE=full``). Each measurement module (``bench/m_*.py``) runs on its own
cursor, rolled back at the end, so the benchmark can be run again on the same data.
Modules that measure peak memory (``ISOLATED = True``) run in a fresh process per
option set of their ``ISOLATED_RUNS``, so that each figure starts from a clean heap.
The exit status is 1 when a target is missed.
"""

import argparse
import datetime
import importlib
import json
import os
import platform
import subprocess
import sys
import time

from .common import environment, get_manifest, load_registry

MEASURES = [
    ("1", "bench.m_export", "XLSX audit pack vs Odoo's list export"),
    ("2", "bench.m_kpi", "KPIs and scorecards vs hand-written SQL"),
    ("3", "bench.m_pages", "List views and portal pages: queries with 10 and 1,000 records"),
    ("4", "bench.m_settlement", "Settlement of 10,000 timesheet lines"),
    ("5", "bench.m_crons", "Daily crons: time, queries, second run"),
]


def machine(env):
    def read(path, key):
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith(key):
                        return line.split(":", 1)[1].strip()
        except OSError:
            return None
        return None

    import odoo

    env.cr.execute("SHOW server_version")
    pg_version = env.cr.fetchone()[0]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
            check=False,
        ).stdout.strip()
    except OSError:
        commit = None
    mem = read("/proc/meminfo", "MemTotal")
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "cpu": read("/proc/cpuinfo", "model name"),
        "cores": os.cpu_count(),
        "memory": f"{int(mem.split()[0]) / 1024 / 1024:.1f} GiB" if mem else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "odoo": odoo.release.version,
        "postgresql": pg_version,
        "commit": commit,
    }


def run_isolated(args, module_name, options):
    command = [
        sys.executable,
        "-m",
        "bench.run",
        "-c",
        args.config,
        "-d",
        args.database,
        "--isolated",
        module_name,
        "--options",
        json.dumps(options),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise RuntimeError(f"{module_name} {options} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_measure(args, registry, module_name):
    module = importlib.import_module(module_name)
    if getattr(module, "ISOLATED", False) and not args.in_process:
        results = [run_isolated(args, module_name, options) for options in getattr(module, "ISOLATED_RUNS", [{}])]
        combine = getattr(module, "combine", None)
        return combine(results) if combine else [r for rows in results for r in rows]
    with environment(registry) as env:
        return module.measure(env, get_manifest(env))


def fmt(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 100 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def table(rows):
    header = ["#", "Figure", "Value", "Reference", "Ratio", "Target", "Met"]
    lines = [header]
    for r in rows:
        reference = (
            f"{fmt(r['reference_value'])} ({r['reference']})" if r.get("reference") else fmt(r["reference_value"])
        )
        value = f"{fmt(r['value'])} {r['unit']}".strip()
        if r["details"].get("queries") is not None and r["unit"] not in ("queries",):
            value += f", {fmt(r['details']['queries'])} queries"
        ratio = f"{r['ratio']:.2f} x" if r.get("ratio") is not None else ""
        lines.append(
            [
                str(r["section"]),
                r["name"],
                value,
                reference,
                ratio,
                r.get("target") or "",
                fmt(r["ok"]) if r["ok"] is not None else "-",
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for index, line in enumerate(lines):
        out.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |")
        if index == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Benchmark of the labor outsourcing addons")
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--json", help="write the results there")
    parser.add_argument("--only", help="comma-separated sections, e.g. 1,4")
    parser.add_argument("--in-process", action="store_true", help="no subprocesses (peak memory less meaningful)")
    parser.add_argument("--isolated", help=argparse.SUPPRESS)
    parser.add_argument("--options", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    registry = load_registry(args.config, args.database)

    if args.isolated:  # child process: one measure, rows as JSON on the last line of stdout
        module = importlib.import_module(args.isolated)
        with environment(registry) as env:
            rows = module.measure(env, get_manifest(env), **json.loads(args.options))
        print(json.dumps(rows, default=str))
        return 0

    with environment(registry) as env:
        manifest = get_manifest(env)
        info = machine(env)
    only = set(args.only.split(",")) if args.only else None
    rows, started = [], time.perf_counter()
    for section, module_name, title in MEASURES:
        if only and section not in only:
            continue
        print(f"==> {section}. {title}", file=sys.stderr, flush=True)
        section_start = time.perf_counter()
        rows += run_measure(args, registry, module_name)
        print(f"    {time.perf_counter() - section_start:.1f}s", file=sys.stderr, flush=True)
    result = {
        "machine": info,
        "data": {k: manifest.get(k) for k in ("scale", "seed", "anchor", "counts", "seconds")},
        "seconds": round(time.perf_counter() - started, 1),
        "rows": rows,
        "ok": all(r["ok"] is not False for r in rows),
    }
    print(
        f"\nBenchmark on {info['cpu']} ({info['cores']} cores, {info['memory']}), PostgreSQL {info['postgresql']}, "
        f"scale {manifest['scale']}, commit {info['commit']}\n"
    )
    print(table(rows))
    missed = [r["name"] for r in rows if r["ok"] is False]
    print("\nAll targets met." if not missed else "\nTargets missed: " + "; ".join(missed))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=2, default=str)
        print(f"JSON: {args.json}")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
