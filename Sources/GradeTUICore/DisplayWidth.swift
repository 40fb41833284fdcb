/// Terminal column widths of characters, as glibc's `wcwidth` reports them in the C.UTF-8 locale.
///
/// ncursesw lays cells out with the C library's `wcwidth`, so the Canvas must count columns the same
/// way or wide text drifts. The ranges live in the generated `DisplayWidthTable.swift`
/// (`Scripts/generate-width-table.py`); `DisplayWidthTests` checks them against the running glibc
/// for every assigned scalar. Differences from `wcwidth`, which can answer -1:
/// - controls (C0, DEL, C1, U+2028, U+2029) are 0 columns, not -1;
/// - scalars newer than glibc's Unicode data are 1 column, or 2 in the CJK ideograph blocks and
///   planes 2–3 (the UAX #11 default for unassigned code points), not -1.
public enum DisplayWidth {
    /// Columns `character` takes: 0, 1 or 2.
    ///
    /// A grapheme cluster takes the widest of its scalars' widths (at most 2), and 0 only when every
    /// scalar is 0. Summing would count an emoji ZWJ sequence such as 👨‍👩‍👧 as 6 columns; terminals draw
    /// it in 2. Base plus combining marks (`e` + U+0301) is 1. Caveat: clusters made only of width-1
    /// scalars stay 1 even where terminals draw 2, e.g. a flag (two regional indicators) or `❤️`
    /// (U+2764 + U+FE0F), because glibc says 1 for each scalar.
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        var width = 0
        while width < 2, let scalar = scalars.next() {
            width = max(width, of(scalar))
        }
        return width
    }

    /// Columns `scalar` takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Fast paths (the generator verifies them against glibc): ASCII, CJK ideographs, Hangul
        // syllables, full-width forms (，：（） etc.).
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xFF01...0xFF60).contains(value)
        {
            return 2
        }
        if contains(zeroWidthRanges, value) { return 0 }
        if contains(doubleWidthRanges, value) { return 2 }
        return 1
    }

    /// Columns `text` takes: the sum of `of(_ character:)` over its characters (grapheme clusters).
    public static func of(_ text: String) -> Int {
        // All-ASCII text (the common case for keys, numbers, English) needs no grapheme breaking.
        var asciiWidth = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.reduce(0) { $0 + of($1) } }
            if byte >= 0x20 && byte != 0x7F { asciiWidth += 1 }
        }
        return asciiWidth
    }

    /// Binary search in sorted, disjoint closed ranges.
    @inline(__always)
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
