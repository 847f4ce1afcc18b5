#!/usr/bin/env python3
"""Contract test: every answer of the sandbox, success and error, validates against the schema
that the vendored spec gives for that operation and status code.

Starts the sandbox executable on a free loopback port, drives all fourteen operations through
their success and error paths, and validates each body with jsonschema (draft 4, which OpenAPI
3.0 schemas follow; `nullable` is translated by spec_loader). Usage: validate_sandbox.py SANDBOX
"""
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema

from spec_loader import CONSOLE_OPERATIONS, load_spec, operations, response_schema

APP_KEY = "sandbox-app-key"
TYPICAL, LARGE, EMPTY, AGG_ERRORS, REFRESH_FAILS = (
    "1005061234", "1005061235", "1005061236", "1005061237", "1005061238")
UNKNOWN_CUSTOMER = "9999999999"

# Answers the spec does not list for an operation but the service gives, with the schema they
# are checked against instead. Aggregation failures during a refresh come back as 500 with an
# ErrorMessage body (API-NOTES "Errors").
UNLISTED = {500: "ErrorMessage"}


class Contract:
    def __init__(self, sandbox):
        self.spec = load_spec()
        self.ops = operations(self.spec)
        self.resolver = jsonschema.RefResolver.from_schema(self.spec)
        self.proc = subprocess.Popen([sandbox, "--port", "0"], stdout=subprocess.PIPE, text=True)
        first = self.proc.stdout.readline().strip()
        assert first.startswith("listening on http://127.0.0.1:"), first
        self.base = first.split(" ", 2)[2]
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self.token = None
        self.passed = 0
        self.failed = 0
        self.covered = set()

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def call(self, op_id, params=None, query=None, body=None, token=True, app_key=APP_KEY,
             expect=None, raw_body=None):
        method, path, op = self.ops[op_id]
        for name, value in (params or {}).items():
            path = path.replace("{" + name + "}", str(value))
        url = self.base + path
        if query:
            url += "?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote)
        headers = {"Accept": "application/json"}
        if app_key:
            headers["Finicity-App-Key"] = app_key
        if token and self.token:
            headers["Finicity-App-Token"] = self.token if token is True else token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif raw_body is not None:
            data = raw_body
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=60) as response:
                status, payload = response.status, response.read()
                content_type = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            status, payload = e.code, e.read()
            content_type = e.headers.get("Content-Type", "")
        self.check(op_id, op, status, payload, content_type, expect)
        return status, (json.loads(payload) if payload and "json" in content_type else None)

    def check(self, op_id, op, status, payload, content_type, expect):
        label = f"{op_id} {status}"
        problems = []
        if expect is not None and status != expect:
            problems.append(f"expected HTTP {expect}")
        if str(status) in op["responses"]:
            schema = response_schema(self.spec, op, status)
        elif status in UNLISTED:
            schema = {"$ref": "#/components/schemas/" + UNLISTED[status]}
            label += " (not listed by the spec; checked as " + UNLISTED[status] + ")"
        else:
            problems.append("status not listed by the spec for this operation")
            schema = None
        if schema is None:
            if payload:
                problems.append(f"expected no body, got {len(payload)} bytes")
        elif "json" not in content_type:
            problems.append(f"expected JSON, got Content-Type {content_type!r}")
        else:
            try:
                jsonschema.Draft4Validator(schema, resolver=self.resolver).validate(json.loads(payload))
            except jsonschema.ValidationError as e:
                problems.append(f"schema: {e.message} at {list(e.absolute_path)}")
        if problems:
            self.failed += 1
            print(f"FAIL {label}: " + "; ".join(problems))
        else:
            self.passed += 1
            self.covered.add(op_id)
            print(f"ok   {label}")

    def self_check(self):
        """The validator must reject what the spec forbids, or every 'ok' below means nothing."""
        schema = {"$ref": "#/components/schemas/CustomerAccounts"}
        bad = {"accounts": [{"id": "1", "name": "x", "balance": "12.00"}]}
        try:
            jsonschema.Draft4Validator(schema, resolver=self.resolver).validate(bad)
        except jsonschema.ValidationError:
            self.passed += 1
            print("ok   validator rejects an account with missing fields and a string balance")
            return
        self.failed += 1
        print("FAIL validator accepted an invalid account list")

    def run(self):
        self.self_check()
        # Authentication.
        self.call("CreateToken", body={"partnerId": "sandbox-partner"}, expect=400)
        self.call("CreateToken", body={"partnerId": "sandbox-partner", "partnerSecret": "x"}, app_key=None,
                  expect=401)
        self.call("CreateToken", body={"partnerId": "sandbox-partner", "partnerSecret": "wrong"}, expect=401)
        _, answer = self.call("CreateToken", body={"partnerId": "sandbox-partner",
                                                   "partnerSecret": "sandbox-secret"}, expect=200)
        self.token = answer["token"]

        # Token and key checks, on a read.
        self.call("GetCustomer", params={"customerId": TYPICAL}, token=False, expect=401)
        self.call("GetCustomer", params={"customerId": TYPICAL}, token="not-a-token", expect=401)
        self.call("GetCustomer", params={"customerId": TYPICAL}, app_key="wrong-key", expect=401)

        # Customers.
        self.call("GetCustomers", query={"search": "Johnson", "start": 1, "limit": 25}, expect=200)
        self.call("GetCustomers", query={"search": "Avery Johnson"}, expect=200)
        self.call("GetCustomers", query={"start": 2, "limit": 3}, expect=200)
        self.call("GetCustomers", query={"limit": 0}, expect=400)
        self.call("GetCustomer", params={"customerId": TYPICAL}, expect=200)
        self.call("GetCustomer", params={"customerId": UNKNOWN_CUSTOMER}, expect=404)
        self.call("GetCustomer", params={"customerId": "12ab"}, expect=400)

        # Reads.
        _, typical = self.call("GetCustomerAccounts", params={"customerId": TYPICAL}, expect=200)
        accounts = typical["accounts"]
        logins = sorted({a["institutionLoginId"] for a in accounts})
        institution = accounts[0]["institutionId"]
        investment = next(a["id"] for a in accounts if a["type"] == "investment")
        self.call("GetCustomerAccounts", params={"customerId": TYPICAL}, query={"status": "active"}, expect=200)
        self.call("GetCustomerAccounts", params={"customerId": TYPICAL}, query={"account_type": "ava"}, expect=200)
        self.call("GetCustomerAccounts", params={"customerId": TYPICAL}, query={"account_type": "x"}, expect=400)
        self.call("GetCustomerAccounts", params={"customerId": UNKNOWN_CUSTOMER}, expect=404)
        self.call("GetCustomerAccounts", params={"customerId": EMPTY}, expect=200)
        self.call("GetCustomerAccounts", params={"customerId": AGG_ERRORS}, expect=200)
        self.call("GetCustomerAccounts", params={"customerId": LARGE}, expect=200)
        self.call("GetCustomerAccount", params={"customerId": TYPICAL, "accountId": investment}, expect=200)
        for account in accounts:
            self.call("GetCustomerAccount", params={"customerId": TYPICAL, "accountId": account["id"]}, expect=200)
        self.call("GetCustomerAccount", params={"customerId": TYPICAL, "accountId": "1"}, expect=404)
        self.call("GetCustomerAccountsByInstitution",
                  params={"customerId": TYPICAL, "institutionId": institution}, expect=200)
        self.call("GetCustomerAccountsByInstitution",
                  params={"customerId": UNKNOWN_CUSTOMER, "institutionId": institution}, expect=404)
        self.call("GetCustomerAccountsByInstitutionLogin",
                  params={"customerId": TYPICAL, "institutionLoginId": logins[0]}, expect=200)
        self.call("GetCustomerAccountsByInstitutionLogin",
                  params={"customerId": TYPICAL, "institutionLoginId": 1}, expect=404)
        self.call("GetInstitution", params={"institutionId": institution}, expect=200)
        self.call("GetInstitution", params={"institutionId": 1}, expect=404)
        # Institutions that are not online: their status and productionStatus validate too.
        for institution_id, status in (("103014", "maintenance"), ("106201", "offline")):
            _, answer = self.call("GetInstitution", params={"institutionId": institution_id}, expect=200)
            self.expect(answer["institution"]["status"] == status, f"institution {institution_id} is {status}")

        # Refreshes: v1 answer 200 with accounts, v2 204; both accept no body and {}.
        self.call("RefreshCustomerAccounts", params={"customerId": TYPICAL}, expect=200)
        self.call("RefreshCustomerAccounts", params={"customerId": TYPICAL}, body={}, expect=200)
        self.call("RefreshCustomerAccounts", params={"customerId": UNKNOWN_CUSTOMER}, expect=404)
        self.call("RefreshCustomerAccounts", params={"customerId": REFRESH_FAILS}, expect=500)
        self.call("RefreshCustomerAccountsByInstitutionLogin",
                  params={"customerId": TYPICAL, "institutionLoginId": logins[1]}, expect=200)
        self.call("RefreshCustomerAccountsByInstitutionLogin",
                  params={"customerId": TYPICAL, "institutionLoginId": 1}, expect=404)
        self.call("RefreshCustomerAccountsV2", params={"customerId": TYPICAL}, raw_body=b"", expect=204)
        self.call("RefreshCustomerAccountsV2", params={"customerId": TYPICAL}, body={}, expect=204)
        self.call("RefreshCustomerAccountsV2", params={"customerId": UNKNOWN_CUSTOMER}, body={}, expect=404)
        self.call("RefreshCustomerAccountsByInstitutionLoginV2",
                  params={"customerId": TYPICAL, "institutionLoginId": logins[1]}, body={}, expect=204)
        self.call("RefreshCustomerAccountsByInstitutionLoginV2",
                  params={"customerId": TYPICAL, "institutionLoginId": 1}, body={}, expect=404)

        # Deletes: 204, then 404 for what is gone.
        self.call("DeleteCustomerAccount", params={"customerId": TYPICAL, "accountId": accounts[0]["id"]},
                  expect=204)
        self.call("DeleteCustomerAccount", params={"customerId": TYPICAL, "accountId": accounts[0]["id"]},
                  expect=404)
        self.call("DeleteCustomerAccountsByInstitutionLogin",
                  params={"customerId": TYPICAL, "institutionLoginId": logins[2]}, expect=204)
        self.call("DeleteCustomerAccountsByInstitutionLogin",
                  params={"customerId": TYPICAL, "institutionLoginId": logins[2]}, expect=404)

        self.fix_links()

        missing = [op for op in CONSOLE_OPERATIONS if op not in self.covered]
        if missing:
            self.failed += 1
            print("FAIL operations never answered validly: " + ", ".join(missing))


    def expect(self, condition, what):
        if condition:
            self.passed += 1
            print(f"ok   {what}")
        else:
            self.failed += 1
            print(f"FAIL {what}")

    def fix_links(self):
        """GenerateFixConnectUrl, then the sandbox's fix page clears the login's error."""
        _, before = self.call("GetCustomerAccounts", params={"customerId": AGG_ERRORS}, expect=200)
        broken = next(a for a in before["accounts"] if a["aggregationStatusCode"] == 103)
        login = str(broken["institutionLoginId"])
        body = {"partnerId": "sandbox-partner", "customerId": AGG_ERRORS, "institutionLoginId": login,
                "language": "fr", "singleUseUrl": True}
        self.call("GenerateFixConnectUrl", body={**body, "partnerId": None}, expect=400)
        self.call("GenerateFixConnectUrl", body={**body, "customerId": UNKNOWN_CUSTOMER}, expect=404)
        self.call("GenerateFixConnectUrl", body={**body, "institutionLoginId": "1"}, expect=404)
        _, answer = self.call("GenerateFixConnectUrl", body=body, expect=200)
        link = answer["link"]
        query = urllib.parse.parse_qs(urllib.parse.urlparse(link).query)
        self.expect(query.get("customerId") == [AGG_ERRORS] and query.get("institutionLoginId") == [login]
                    and int(query["ttl"][0]) > int(query["timestamp"][0]), "the fix link names the login and expires")
        with self.opener.open(link, timeout=30) as page:
            html = page.read().decode()
        self.expect("Complete the fix" in html, "the fix page offers its one button")
        form = urllib.parse.urlencode({"signature": query["signature"][0]}).encode()
        with self.opener.open(urllib.request.Request(link.split("?")[0], data=form, method="POST"),
                              timeout=30) as done:
            self.expect(done.status == 200, "completing the fix is answered 200")
        _, after = self.call("GetCustomerAccountsByInstitutionLogin",
                             params={"customerId": AGG_ERRORS, "institutionLoginId": login}, expect=200)
        self.expect(all(a["aggregationStatusCode"] == 0 for a in after["accounts"]),
                    "after the fix the login's accounts aggregate without error")
        try:
            self.opener.open(urllib.request.Request(link.split("?")[0], data=form, method="POST"), timeout=30)
            self.expect(False, "a single-use link is refused the second time")
        except urllib.error.HTTPError as e:
            self.expect(e.code == 410, "a single-use link is refused the second time")


def main():
    contract = Contract(sys.argv[1])
    try:
        contract.run()
    finally:
        contract.close()
    print(f"{contract.passed} passed, {contract.failed} failed")
    return 1 if contract.failed else 0


if __name__ == "__main__":
    sys.exit(main())
