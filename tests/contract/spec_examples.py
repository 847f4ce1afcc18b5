#!/usr/bin/env python3
"""Writes the spec's example payloads for the console's operations as JSON files.

Where a response names `examples`, each is written; otherwise one is composed from the
`example` values the spec gives on the schema and its properties (as OpenAPI tools do).
Files are named OPERATION.STATUS.NAME.json. Usage: spec_examples.py OUTPUT_DIR
"""
import json
import os
import sys

from spec_loader import CONSOLE_OPERATIONS, load_spec, operations, resolve


def compose(spec, schema, depth=0):
    schema = resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    if depth > 8:
        return None
    if "allOf" in schema:
        merged = {}
        for part in schema["allOf"]:
            value = compose(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        result = {}
        required = set(schema.get("required", []))
        for name, prop in schema.get("properties", {}).items():
            value = compose(spec, prop, depth + 1)
            if value is not None or name in required:
                if value is None:
                    value = default_for(resolve(spec, prop))
                if value is not None:
                    result[name] = value
        return result
    if kind == "array":
        item = compose(spec, schema.get("items", {}), depth + 1)
        return [] if item is None else [item]
    return None


def default_for(schema):
    return {"string": "", "integer": 0, "number": 0, "boolean": False}.get(schema.get("type"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    spec = load_spec()
    ops = operations(spec)
    written = 0
    for op_id in CONSOLE_OPERATIONS:
        _, _, op = ops[op_id]
        for status, response in op["responses"].items():
            response = resolve(spec, response)
            media = response.get("content", {}).get("application/json")
            if not media:
                continue
            examples = {}
            for name, example in (media.get("examples") or {}).items():
                examples[name] = resolve(spec, example)["value"]
            if not examples:
                examples["composed"] = compose(spec, media["schema"])
            for name, value in examples.items():
                with open(os.path.join(out, f"{op_id}.{status}.{name}.json"), "w", encoding="utf-8") as f:
                    json.dump(value, f, indent=1)
                written += 1
    print(f"wrote {written} examples to {out}")


if __name__ == "__main__":
    main()
