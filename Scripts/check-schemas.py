#!/usr/bin/env python3
"""Validate the criteria packs and the example assessments against their JSON Schemas.

    python3 Scripts/check-schemas.py

Checks every Criteria/packs/*/*.json against Criteria/schema/criteria-pack.schema.json, every
Examples/*.json against Criteria/schema/assessment.schema.json and every Criteria/maturity/*/*.json
against Criteria/schema/maturity-model.schema.json (draft 2020-12). Paths are relative to
the repository root (the parent of this script's folder), so it runs from anywhere.

Prints one line per file and a summary. Exit status: 0 all valid, 1 any file invalid (or a schema or
file missing or unreadable), 2 the `jsonschema` package is not installed.

The schemas check shape only. Cross-references (ids resolving against the pack), the credit code's
check character and whether a date exists are checked by `grade criteria validate` and
`grade validate`.
"""

import json
import re
import sys
from pathlib import Path

try:
    import jsonschema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
except ImportError:
    print(
        "check-schemas: the Python package 'jsonschema' (4.x, for draft 2020-12) is not installed.\n"
        "Install it with one of:\n"
        "    python3 -m pip install 'jsonschema>=4'\n"
        "    sudo apt-get install python3-jsonschema",
        file=sys.stderr,
    )
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent

CHECKS = [
    ("Criteria/schema/criteria-pack.schema.json", "Criteria/packs/*/*.json"),
    ("Criteria/schema/assessment.schema.json", "Examples/*.json"),
    ("Criteria/schema/maturity-model.schema.json", "Criteria/maturity/*/*.json"),
]

# Error messages quote the offending value; keep lines readable.
MAX_MESSAGE = 300


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def location(error):
    """The error's place as a JSON path, written the way `grade` writes it: $.kpis["kpi.x"].value"""
    path = "$"
    for part in error.absolute_path:
        if isinstance(part, int):
            path += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", part):
            path += f".{part}"
        else:
            path += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return path


def describe(error):
    """The error message; for anyOf/oneOf, also the most relevant reason from its alternatives."""
    message = error.message
    if error.context:
        best = best_match(error.context)
        if best is not None:
            where = location(best)
            message += f" ({where + ': ' if where != location(error) else ''}{best.message})"
    return shorten(message)


def shorten(text):
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def main():
    checked = 0
    invalid = 0
    failed = 0  # schemas unusable or file patterns matching nothing
    for schema_name, pattern in CHECKS:
        schema_path = ROOT / schema_name
        try:
            schema = load_json(schema_path)
            Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.SchemaError) as error:
            print(f"FAIL {schema_name}: not a usable schema: {shorten(str(error))}")
            failed += 1
            continue
        validator = Draft202012Validator(schema)
        files = sorted(ROOT.glob(pattern))
        if not files:
            print(f"FAIL {pattern}: no files found")
            failed += 1
            continue
        for path in files:
            name = path.relative_to(ROOT).as_posix()
            checked += 1
            try:
                document = load_json(path)
            except (OSError, ValueError) as error:
                print(f"FAIL {name}: cannot read JSON: {error}")
                invalid += 1
                continue
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
            if errors:
                invalid += 1
                print(f"FAIL {name} ({schema_name}): {len(errors)} error(s)")
                for error in errors:
                    print(f"     {location(error)}: {describe(error)}")
            else:
                print(f"ok   {name} ({schema_name})")
    summary = f"{checked} files checked: {checked - invalid} valid, {invalid} invalid"
    if failed:
        summary += f"; {failed} schema or file-set problem(s)"
    print(summary)
    return 1 if invalid or failed else 0


if __name__ == "__main__":
    sys.exit(main())
