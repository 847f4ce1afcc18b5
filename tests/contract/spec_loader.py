"""Loads the vendored OpenAPI spec and turns its schemas into JSON Schema (draft 4) for jsonschema."""
import copy
import os

import yaml

SPEC_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "openbanking-us.yaml")


def _nullable_to_json_schema(node):
    """OpenAPI 3.0's `nullable: true` is JSON Schema's type list with "null"."""
    if isinstance(node, dict):
        if node.get("nullable") is True and "type" in node:
            node["type"] = [node["type"], "null"]
        for value in node.values():
            _nullable_to_json_schema(value)
    elif isinstance(node, list):
        for value in node:
            _nullable_to_json_schema(value)


def load_spec():
    with open(SPEC_PATH, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    spec = copy.deepcopy(spec)
    # The one patch: the spec says `code: {type: object}`, but its own description, its
    # examples and the service send a number or a string of digits.
    spec["components"]["schemas"]["ErrorMessage"]["properties"]["code"] = {"type": ["integer", "string"]}
    _nullable_to_json_schema(spec["components"])
    return spec


def operations(spec):
    """operationId -> (METHOD, path, operation object)."""
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (method.upper(), path, op)
    return found


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def response_schema(spec, op, status):
    """The JSON schema the spec gives for this status, None for a body-less answer, or KeyError."""
    response = resolve(spec, op["responses"][str(status)])
    content = response.get("content", {})
    if "application/json" not in content:
        return None
    return content["application/json"]["schema"]


CONSOLE_OPERATIONS = [
    "CreateToken", "GetCustomers", "GetCustomer", "GetInstitution",
    "GetCustomerAccounts", "GetCustomerAccount", "GetCustomerAccountsByInstitution",
    "GetCustomerAccountsByInstitutionLogin", "RefreshCustomerAccounts",
    "RefreshCustomerAccountsByInstitutionLogin", "RefreshCustomerAccountsV2",
    "RefreshCustomerAccountsByInstitutionLoginV2", "DeleteCustomerAccount",
    "DeleteCustomerAccountsByInstitutionLogin", "GenerateFixConnectUrl",
]
