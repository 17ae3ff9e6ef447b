"""Screenshots of the main screens, taken with headless Chromium against a running
`make run` (demo data). Usage:

    /opt/odoo-venv/bin/python scripts/screenshots.py [--url http://127.0.0.1:8069] [--out docs/screenshots]

Needs `websocket-client` (installed with the test tools) and Chromium.
"""

import argparse
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import websocket

BACKEND = ".o_action_manager .o_view_controller"
# (file name, path after /odoo/ (or an absolute path), width, height[, selector to wait for[, login]])
SCREENS = [
    (
        "dashboard",
        "action-labor_outsourcing_reports.labor_dashboard_action",
        1440,
        1300,
        ".o_labor_dashboard .o_labor_dashboard_section_kpi .o_labor_dashboard_tile",
    ),
    ("vendor_kanban", "action-labor_outsourcing.res_partner_action_labor_vendor", 1440, 900),
    ("vendor_form", "action-labor_outsourcing.res_partner_action_labor_vendor/{demo_vendor_hengxin}", 1440, 1100),
    ("selection_event", "action-labor_outsourcing.labor_selection_event_action/{demo_selection_event}", 1440, 1000),
    ("documents", "action-labor_outsourcing.labor_vendor_document_action", 1440, 800),
    ("contract", "action-labor_outsourcing.labor_contract_action/{demo_contract_active}", 1440, 1100),
    ("contract_to_approve", "action-labor_outsourcing.labor_contract_action/{demo_contract_to_approve}", 1440, 1100),
    ("settlements", "action-labor_outsourcing.labor_settlement_action", 1440, 800),
    ("workers", "action-labor_outsourcing.hr_employee_action_labor_worker", 1440, 900),
    ("ncrs", "action-labor_outsourcing_quality.labor_ncr_action", 1440, 800),
    ("inspections", "action-labor_outsourcing_quality.labor_inspection_action", 1440, 800),
    ("risk_heatmap", "action-labor_outsourcing_quality.labor_risk_action_heatmap", 1440, 800),
    (
        "evaluation_campaign",
        "action-labor_outsourcing_reports.labor_evaluation_campaign_action/{demo_campaign}",
        1440,
        1000,
    ),
    (
        "evaluation_scorecard",
        "action-labor_outsourcing_reports.labor_vendor_evaluation_action/{demo_evaluation}",
        1440,
        1300,
    ),
    ("portal_home", "/my", 1280, 1000, "#portal_vendor_category", "portal.hengxin"),
    ("portal_ncr", "/my/labor/ncrs/{portal_ncr}", 1280, 1300, "#wrap", "portal.hengxin"),
]


def login(url, db, user, password):
    req = urllib.request.Request(
        f"{url}/web/session/authenticate",
        data=json.dumps({"jsonrpc": "2.0", "params": {"db": db, "login": user, "password": password}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req) as resp:
        cookie = resp.headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
        result = json.loads(resp.read())["result"]
    return cookie, result


def first_id(url, cookie, model, domain, order="id"):
    req = urllib.request.Request(
        f"{url}/web/dataset/call_kw/{model}/search",
        data=json.dumps(
            {
                "jsonrpc": "2.0",
                "params": {
                    "model": model,
                    "method": "search",
                    "args": [domain],
                    "kwargs": {"limit": 1, "order": order},
                },
            }
        ).encode(),
        headers={"Content-Type": "application/json", "Cookie": f"session_id={cookie}"},
    )
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())["result"][0]


def xmlid_to_id(url, cookie, xmlid):
    module, name = xmlid.split(".")
    req = urllib.request.Request(
        f"{url}/web/dataset/call_kw/ir.model.data/search_read",
        data=json.dumps(
            {
                "jsonrpc": "2.0",
                "params": {
                    "model": "ir.model.data",
                    "method": "search_read",
                    "args": [[["module", "=", module], ["name", "=", name]], ["res_id"]],
                    "kwargs": {},
                },
            }
        ).encode(),
        headers={"Content-Type": "application/json", "Cookie": f"session_id={cookie}"},
    )
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())["result"][0]["res_id"]


class Chrome:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="lo-shots-")
        binary = shutil.which("chromium") or shutil.which("google-chrome")
        self.proc = subprocess.Popen(
            [
                binary,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=9333",
                f"--user-data-dir={self.profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            try:
                with urllib.request.urlopen("http://127.0.0.1:9333/json") as resp:
                    target = next(t for t in json.loads(resp.read()) if t["type"] == "page")
                break
            except (OSError, StopIteration):
                time.sleep(0.2)
        self.ws = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=60)
        self.msg_id = 0

    def call(self, method, **params):
        self.msg_id += 1
        self.ws.send(json.dumps({"id": self.msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.msg_id:
                return msg.get("result", {})

    def wait_for(self, selector, timeout=60):
        """Wait until ``selector`` matches and the web client has nothing loading."""
        script = (
            f"!!document.querySelector({json.dumps(selector)})"
            " && !document.querySelector('.o_loading_indicator, .o-main-components-container .o_blockUI')"
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = self.call("Runtime.evaluate", expression=script, returnByValue=True)
            if result.get("result", {}).get("value"):
                time.sleep(1)  # let images and fonts settle
                return True
            time.sleep(0.3)
        raise TimeoutError(f"{selector} did not appear")

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8069")
    parser.add_argument("--db", default=os.environ.get("LO_DB", "labor_outsourcing"))
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "docs", "screenshots"))
    parser.add_argument("--lang", default="en_US")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    cookie, _info = login(args.url, args.db, "admin", "admin")
    ids = {
        name: xmlid_to_id(args.url, cookie, f"labor_outsourcing.{name}")
        for name in ("demo_vendor_hengxin", "demo_selection_event", "demo_contract_active", "demo_contract_to_approve")
    }
    ids["demo_campaign"] = first_id(args.url, cookie, "labor.evaluation.campaign", [("state", "=", "done")])
    ids["demo_evaluation"] = first_id(
        args.url, cookie, "labor.vendor.evaluation", [("state", "=", "confirmed")], order="total_score desc"
    )
    ids["portal_ncr"] = first_id(
        args.url,
        cookie,
        "labor.ncr",
        [
            ("vendor_id", "=", ids["demo_vendor_hengxin"]),
            ("state", "in", ("analysis", "action_plan", "implementation", "containment")),
        ],
        order="state",
    )
    cookies = {"admin": cookie}
    chrome = Chrome()
    try:
        chrome.call("Network.enable")
        host = args.url.split("//", 1)[1].split(":")[0]
        for name, path, width, height, *rest in SCREENS:
            wait = rest[0] if rest else BACKEND
            user = rest[1] if len(rest) > 1 else "admin"
            if user not in cookies:
                cookies[user] = login(args.url, args.db, user, user)[0]
            chrome.call("Network.setCookie", name="session_id", value=cookies[user], domain=host, path="/")
            chrome.call(
                "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False
            )
            url = f"{args.url}{path.format(**ids)}" if path.startswith("/") else f"{args.url}/odoo/{path.format(**ids)}"
            chrome.call("Page.navigate", url=url)
            chrome.wait_for(wait)
            shot = chrome.call("Page.captureScreenshot", format="png")
            target = os.path.join(args.out, f"{name}.png")
            with open(target, "wb") as fh:
                fh.write(base64.b64decode(shot["data"]))
            print(target)
    finally:
        chrome.close()


if __name__ == "__main__":
    main()
