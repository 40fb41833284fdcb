#!/usr/bin/env python3
"""Generate Sources/GradeTUICore/DisplayWidthTable.swift from glibc's wcwidth().

The table is glibc's answer, not ours: this script asks the C library of the machine it runs on for
wcwidth(c) in the C.UTF-8 locale for every code point U+0000...U+10FFFF (through ctypes, in this
process) and writes the code points of width 0 and width 2 as sorted, disjoint, maximal closed ranges.
Everything not listed is width 1.

glibc answers -1 for code points it considers non-printable. -1 is not a column count, so:
  * code points glibc classifies as controls (iswcntrl: C0, DEL, C1, and U+2028 LINE SEPARATOR,
    U+2029 PARAGRAPH SEPARATOR) -> 0;
  * code points glibc's Unicode data does not assign (it answers -1 for all of them) -> the UAX #11
    default for unassigned code points: 2 inside the blocks that default to East Asian Wide
    (CJK Unified Ideographs, Extension A, Compatibility Ideographs, all of planes 2 and 3), 1 elsewhere.
    This only matters for characters newer than glibc's Unicode version (the Swift runtime's Unicode
    data is newer), e.g. CJK Extension H/I ideographs get 2 instead of 1.
  * surrogates (U+D800...U+DFFF) cannot be a Unicode.Scalar; they are left at the default.

Usage:
  python3 Scripts/generate-width-table.py            # rewrite the table
  python3 Scripts/generate-width-table.py --check    # exit 1 if the committed table is stale
"""

import argparse
import ctypes
import ctypes.util
import locale
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Sources" / "GradeTUICore" / "DisplayWidthTable.swift"
I18N_CTYPE = pathlib.Path("/usr/share/i18n/locales/i18n_ctype")
MAX_SCALAR = 0x10FFFF

# UAX #11 (EastAsianWidth.txt header): unassigned code points in these ranges default to "W".
DEFAULT_WIDE_UNASSIGNED = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD),
]

# Fast paths hard-coded in DisplayWidth.swift; the generator refuses to write a table they contradict.
FAST_PATHS = {
    1: [(0x20, 0x7E)],
    2: [(0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xFF01, 0xFF60)],
}
FAST_PATH_ZERO = [(0x00, 0x1F)]


def glibc_version() -> str:
    try:
        first = subprocess.run(["ldd", "--version"], capture_output=True, text=True, check=True).stdout
        return first.splitlines()[0].strip()
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown (ldd --version failed); gnu_get_libc_version() = " + libc_version_from_c()


def libc_version_from_c() -> str:
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.gnu_get_libc_version.restype = ctypes.c_char_p
    return libc.gnu_get_libc_version().decode()


def glibc_unicode_version() -> str:
    """Unicode version of the installed glibc locale sources, if they are installed (else 'unknown')."""
    try:
        match = re.search(r"for Unicode (\d+\.\d+\.\d+)", I18N_CTYPE.read_text(errors="replace"))
    except OSError:
        match = None
    return match.group(1) if match else "unknown"


def glibc_widths() -> tuple:
    """wcwidth(c) and iswcntrl(c) for every code point, in the C.UTF-8 locale."""
    # Python's locale.setlocale is the C library's setlocale in this very process.
    locale.setlocale(locale.LC_ALL, "C.UTF-8")
    libc = ctypes.CDLL(None)
    wcwidth = libc.wcwidth
    wcwidth.argtypes = [ctypes.c_int32]  # wchar_t is a 32-bit int on Linux
    wcwidth.restype = ctypes.c_int
    iswcntrl = libc.iswcntrl
    iswcntrl.argtypes = [ctypes.c_uint32]  # wint_t
    iswcntrl.restype = ctypes.c_int
    widths = [wcwidth(c) for c in range(MAX_SCALAR + 1)]
    control = [iswcntrl(c) != 0 for c in range(MAX_SCALAR + 1)]
    # Sanity: if the locale silently fell back to "C", every non-ASCII code point is -1.
    if widths[0x4E2D] != 2 or widths[0x0301] != 0:
        sys.exit("wcwidth does not look like a UTF-8 locale (U+4E2D -> %d, U+0301 -> %d); is C.UTF-8 installed?"
                 % (widths[0x4E2D], widths[0x0301]))
    return widths, control


def in_ranges(ranges, c) -> bool:
    return any(lo <= c <= hi for lo, hi in ranges)


def resolve(widths: list, control: list) -> list:
    """Map glibc's answers to 0/1/2 (see the module docstring). None = surrogate, left at the default."""
    result = []
    for c, w in enumerate(widths):
        if 0xD800 <= c <= 0xDFFF:
            result.append(None)
        elif w >= 0:
            result.append(w)
        elif control[c]:
            # glibc knows it and calls it a control: C0, DEL, C1, U+2028, U+2029.
            result.append(0)
        else:
            # glibc's Unicode data does not assign it (glibc answers -1 for every unassigned code point).
            result.append(2 if in_ranges(DEFAULT_WIDE_UNASSIGNED, c) else 1)
    return result


def ranges_of(resolved: list, width: int) -> list:
    ranges = []
    start = None
    for c in range(MAX_SCALAR + 2):
        hit = c <= MAX_SCALAR and resolved[c] == width
        if hit and start is None:
            start = c
        elif not hit and start is not None:
            ranges.append((start, c - 1))
            start = None
    return ranges


def check_fast_paths(resolved: list) -> None:
    for width, ranges in list(FAST_PATHS.items()) + [(0, FAST_PATH_ZERO)]:
        for lo, hi in ranges:
            wrong = [c for c in range(lo, hi + 1) if resolved[c] != width]
            if wrong:
                sys.exit("fast path U+%04X...U+%04X -> %d is wrong for %d code points (first U+%04X -> %s); "
                         "fix DisplayWidth.swift and FAST_PATHS" % (lo, hi, width, len(wrong), wrong[0],
                                                                     resolved[wrong[0]]))


def swift_array(name: str, doc: str, ranges: list) -> str:
    lines = ["    /// %s" % doc, "    static let %s: [ClosedRange<UInt32>] = [" % name]
    per_line = 4
    for i in range(0, len(ranges), per_line):
        chunk = ranges[i:i + per_line]
        lines.append("        " + " ".join("0x%04X...0x%04X," % r for r in chunk))
    lines.append("    ]")
    return "\n".join(lines)


def render(zero: list, wide: list, glibc: str, unicode_version: str) -> str:
    header = f"""\
// GENERATED FILE: do not edit. Regenerate with `python3 Scripts/generate-width-table.py`.
//
// Source: glibc wcwidth() in the C.UTF-8 locale, asked for every code point U+0000...U+10FFFF.
// glibc: {glibc}
// glibc locale data: Unicode {unicode_version}
// Mapping of wcwidth's -1: controls (iswcntrl: C0, DEL, C1, U+2028, U+2029) -> 0; code points glibc does not
// assign -> UAX #11 default (2 in CJK ideograph blocks and planes 2-3, else 1).
// Ranges: {len(zero)} of width 0, {len(wide)} of width 2; everything else is width 1.

extension DisplayWidth {{
"""
    body = "\n\n".join([
        swift_array("zeroWidthRanges",
                    "Code points of width 0, as sorted, disjoint, non-adjacent closed ranges.", zero),
        swift_array("doubleWidthRanges",
                    "Code points of width 2, as sorted, disjoint, non-adjacent closed ranges.", wide),
    ])
    return header + body + "\n}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the existing file, write nothing")
    parser.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    args = parser.parse_args()

    resolved = resolve(*glibc_widths())
    check_fast_paths(resolved)
    zero, wide = ranges_of(resolved, 0), ranges_of(resolved, 2)
    text = render(zero, wide, glibc_version(), glibc_unicode_version())

    if args.check:
        current = args.output.read_text() if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run python3 Scripts/generate-width-table.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date ({len(zero)} + {len(wide)} ranges)")
        return 0
    args.output.write_text(text)
    print(f"wrote {args.output}: {len(zero)} zero-width ranges, {len(wide)} double-width ranges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
