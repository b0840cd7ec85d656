#!/usr/bin/env python3
"""Validate a SARIF log against the official SARIF 2.1.0 JSON schema.

usage: validate_sarif.py SCHEMA.json LOG.sarif
Exits 1 with the first validation errors when the log does not conform.
"""
import json
import sys

import jsonschema


def main():
    schema_path, log_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(log_path, encoding="utf-8") as f:
        log = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"SARIF invalid at {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
    if errors:
        return 1
    results = sum(len(run.get("results", [])) for run in log["runs"])
    print(f"SARIF valid against {schema_path}: {results} results")
    return 0


if __name__ == "__main__":
    sys.exit(main())
