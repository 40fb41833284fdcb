#!/usr/bin/env python3
"""Validate the criteria packs and the example assessments against their JSON Schemas, and check the
schemas against the shared format cases.

    python3 Scripts/check-schemas.py

Checks every Criteria/packs/*/*.json against Criteria/schema/criteria-pack.schema.json, every
Examples/*.json against Criteria/schema/assessment.schema.json and every Criteria/maturity/*/*.json
against Criteria/schema/maturity-model.schema.json (draft 2020-12). Then reads Tests/format-cases.json:
for each case it applies the case's `set` and then `remove` edits to a copy of its base file (a pack or an
example assessment), validates the result with the assessment or pack schema and compares the verdict
with the case's `expected` ("valid" or "invalid"). The Swift loader is held to the same table by
Tests/FactoryGradingTests/Criteria/FormatCaseTests.swift, so the schemas and the loader cannot drift apart
on these cases unnoticed. Paths are relative to the repository root (the parent of this script's folder),
so it runs from anywhere.

Prints one line per file, one line per format case that disagrees (then the schema's errors) or cannot
be applied, and a summary.
Exit status: 0 all files valid and every case judged as expected, 1 any file invalid, any case judged
otherwise or malformed (or a schema, file or the case table missing or unreadable), 2 the `jsonschema`
package is not installed.

The schemas check shape only. Cross-references (ids resolving against the pack), the credit code's
check character, whether a date exists and KPI values within the pack's ranges are checked by
`grade criteria validate` and `grade validate`.
"""

import copy
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

CASES = "Tests/format-cases.json"
CASE_SCHEMAS = {
    "assessment": "Criteria/schema/assessment.schema.json",
    "pack": "Criteria/schema/criteria-pack.schema.json",
}

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


class CaseError(Exception):
    """A format case that cannot be applied to its base (a malformed case, not a schema verdict)."""


def step_into(node, step, path):
    """The child of `node` at `step`: an object member by string, an array element by integer."""
    if isinstance(step, str) and isinstance(node, dict):
        if step not in node:
            raise CaseError(f"{json.dumps(path)}: no member {json.dumps(step)}")
        return node[step]
    if isinstance(step, int) and not isinstance(step, bool) and isinstance(node, list):
        if not 0 <= step < len(node):
            raise CaseError(f"{json.dumps(path)}: index {step} out of range")
        return node[step]
    raise CaseError(f"{json.dumps(path)}: step {json.dumps(step)} does not fit a {type(node).__name__}")


def parent_of(document, path):
    if not isinstance(path, list) or not path:
        raise CaseError(f"a path must be a non-empty list of steps, not {json.dumps(path)}")
    node = document
    for index, step in enumerate(path[:-1]):
        node = step_into(node, step, path[: index + 1])
    return node, path[-1]


def set_value(document, path, value):
    """Sets the value at `path`; a missing last object member is added (at the end)."""
    node, last = parent_of(document, path)
    if isinstance(last, str) and isinstance(node, dict):
        node[last] = value
    else:
        step_into(node, last, path)  # checks the index
        node[last] = value


def remove_value(document, path):
    node, last = parent_of(document, path)
    step_into(node, last, path)  # must exist
    del node[last]


def apply_case(base, case):
    document = copy.deepcopy(base)
    for edit in case.get("set", []):
        if not isinstance(edit, dict) or "path" not in edit or "value" not in edit:
            raise CaseError(f"a set entry needs a path and a value: {json.dumps(edit, ensure_ascii=False)}")
        set_value(document, edit["path"], edit["value"])
    for path in case.get("remove", []):
        remove_value(document, path)
    return document


def check_cases(validators):
    """Judges every case of Tests/format-cases.json with its schema; returns (cases, disagreements)."""
    try:
        table = load_json(ROOT / CASES)
        cases = table["cases"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"FAIL {CASES}: cannot read the case table: {shorten(str(error))}")
        return 0, 1
    bases = {}  # (document kind, base file) -> the base, checked valid once
    seen = set()
    wrong = 0
    for number, case in enumerate(cases):
        name = case.get("name", f"#{number}") if isinstance(case, dict) else f"#{number}"
        try:
            if not isinstance(case, dict):
                raise CaseError("a case must be an object")
            if name in seen:
                raise CaseError("the name is used by an earlier case")
            seen.add(name)
            kind, expected, base_name = case.get("document"), case.get("expected"), case.get("base")
            if kind not in CASE_SCHEMAS or kind not in validators:
                raise CaseError(f"document must be one of {sorted(CASE_SCHEMAS)}")
            if expected not in ("valid", "invalid"):
                raise CaseError('expected must be "valid" or "invalid"')
            if (kind, base_name) not in bases:
                try:
                    base = load_json(ROOT / str(base_name))
                except (OSError, ValueError) as error:
                    raise CaseError(f"cannot read base {base_name}: {error}")
                base_errors = list(validators[kind].iter_errors(base))
                if base_errors:
                    raise CaseError(f"base {base_name} is not a valid {kind}: {describe(base_errors[0])}")
                bases[kind, base_name] = base
            document = apply_case(bases[kind, base_name], case)
        except CaseError as error:
            wrong += 1
            print(f"FAIL case {name}: malformed: {error}")
            continue
        errors = sorted(validators[kind].iter_errors(document), key=lambda e: list(e.absolute_path))
        verdict = "invalid" if errors else "valid"
        if verdict != expected:
            wrong += 1
            print(f"FAIL case {name} ({CASE_SCHEMAS[kind]}): expected {expected}, the schema says {verdict}")
            for error in errors:
                print(f"     {location(error)}: {describe(error)}")
    return len(cases), wrong


def main():
    checked = 0
    invalid = 0
    failed = 0  # schemas unusable or file patterns matching nothing
    validators = {}  # schema file name -> validator, for the format cases
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
        validators[schema_name] = validator
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
    case_validators = {kind: validators[name] for kind, name in CASE_SCHEMAS.items() if name in validators}
    cases, wrong = check_cases(case_validators)
    summary = f"{checked} files checked: {checked - invalid} valid, {invalid} invalid"
    summary += f"; {cases} format cases: {cases - wrong} judged as expected, {wrong} not"
    if failed:
        summary += f"; {failed} schema or file-set problem(s)"
    print(summary)
    return 1 if invalid or failed or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
