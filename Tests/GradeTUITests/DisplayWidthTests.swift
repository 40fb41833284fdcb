import Glibc
import Testing

@testable import GradeTUICore

/// DisplayWidth against the running glibc's `wcwidth` (the function ncursesw lays cells out with).
///
/// Only this test imports Glibc: GradeTUICore itself stays pure Swift.
@Suite struct DisplayWidthTests {
    /// Every scalar the Swift runtime assigns, and every scalar glibc gives a width, agrees with glibc.
    ///
    /// `wcwidth` answers -1 for code points it calls non-printable; DisplayWidth cannot answer -1:
    /// - controls (C0, DEL, C1) report 0;
    /// - -1 for an assigned non-control scalar means one of two things, told apart by the scalar's
    ///   Unicode age. If the scalar is no newer than glibc's Unicode data (inferred below as the newest
    ///   age among scalars glibc gives a width), glibc knows it and calls it non-printable (today
    ///   only U+2028 and U+2029): glibc is authoritative, expect 0. If it is newer, glibc simply has
    ///   not heard of it (the Swift runtime's Unicode is newer than glibc 2.36's 14.0): expect the
    ///   generator's documented fallback, the UAX #11 default for unassigned code points (2 in the CJK
    ///   ideograph blocks and planes 2-3, else 1).
    /// Everything else must equal wcwidth exactly, so a wrong range in the table fails this test.
    @Test func tableEqualsGlibcWcwidthForEveryAssignedScalar() throws {
        let glibc = try GlibcWidth()

        // glibc's Unicode version, as the newest age among scalars it knows (gives a width >= 0).
        var glibcUnicode: Unicode.Version = (major: 0, minor: 0)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                glibc.width(value) >= 0
            else { continue }
            if age > glibcUnicode { glibcUnicode = age }
        }
        #expect(glibcUnicode >= (14, 0), "glibc's Unicode data looks too old")

        var checked = 0
        var newerThanGlibc = 0
        var disagreements = 0
        var firstDisagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            let properties = scalar.properties
            let glibcWidth = glibc.width(value)
            guard properties.generalCategory != .unassigned || glibcWidth >= 0 else { continue }
            checked += 1

            let expected: Int
            if glibcWidth >= 0 {
                expected = Int(glibcWidth)
            } else if properties.generalCategory == .control {
                expected = 0
            } else if let age = properties.age, age <= glibcUnicode {
                expected = 0  // known to glibc, non-printable: glibc is authoritative
            } else {
                newerThanGlibc += 1
                expected = Self.defaultWideUnassigned.contains { $0.contains(value) } ? 2 : 1
            }

            let ours = DisplayWidth.of(scalar)
            if ours != expected {
                disagreements += 1
                if firstDisagreements.count < 20 {
                    firstDisagreements.append(
                        "\(Self.hex(value)) \(properties.generalCategory): ours \(ours), glibc \(glibcWidth), "
                            + "expected \(expected)"
                    )
                }
            }
        }

        print(
            "DisplayWidth: checked \(checked) scalars against glibc wcwidth (glibc Unicode "
                + "\(glibcUnicode.major).\(glibcUnicode.minor)); \(newerThanGlibc) are newer than glibc "
                + "and use the fallback; \(disagreements) disagree"
        )
        #expect(checked > 280_000, "suspiciously few scalars checked: \(checked)")
        let listing = firstDisagreements.joined(separator: "\n")
        #expect(
            disagreements == 0,
            "\(disagreements) scalars disagree with glibc wcwidth; first \(firstDisagreements.count):\n\(listing)"
        )
    }

    @Test func handPickedScalarsAndStrings() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("~" as Character) == 1)
        #expect(DisplayWidth.of("中" as Character) == 2)
        #expect(DisplayWidth.of("한" as Character) == 2)
        #expect(DisplayWidth.of("\u{FF71}" as Character) == 1, "half-width katakana ｱ")
        #expect(DisplayWidth.of("\u{FF21}" as Character) == 2, "full-width Ａ")
        #expect(DisplayWidth.of("，" as Character) == 2, "full-width comma")
        #expect(DisplayWidth.of("。" as Character) == 2, "ideographic full stop")
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0, "combining acute")
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0, "ZWJ")
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("中文ab") == 6)
        // Ambiguous width: 1 in glibc (2 on some CJK terminals, hence STYLE.md's advice).
        #expect(DisplayWidth.of("—" as Character) == 1)
        #expect(DisplayWidth.of("·" as Character) == 1)
        #expect(DisplayWidth.of("…" as Character) == 1)
        #expect(DisplayWidth.of("↑" as Character) == 1)
        // Controls are 0, not -1.
        #expect(DisplayWidth.of(Unicode.Scalar(0x09)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x7F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x85)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x2028)!) == 0)
        #expect(DisplayWidth.of("a\tb\r\n") == 2)
    }

    @Test func graphemeClustersTakeTheWidestScalar() {
        #expect(DisplayWidth.of("e\u{0301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{200D}" as Character) == 0)
        #expect(DisplayWidth.of("\r\n" as Character) == 0)
        let family: Character = "👨\u{200D}👩\u{200D}👧"
        #expect(family.unicodeScalars.count == 5)
        #expect(DisplayWidth.of(family) == 2, "max, not the sum 6")
        #expect(DisplayWidth.of("👍🏽" as Character) == 2, "emoji + skin tone modifier")
        #expect(DisplayWidth.of("\(family)x") == 3)
        // Documented caveat: glibc says 1 for each scalar, so these stay 1.
        #expect(DisplayWidth.of("🇨🇳" as Character) == 1, "two regional indicators")
        #expect(DisplayWidth.of("❤\u{FE0F}" as Character) == 1, "U+2764 + VS16")
    }

    @Test func tablesAreSortedDisjointAndNonAdjacent() {
        for table in [DisplayWidth.zeroWidthRanges, DisplayWidth.doubleWidthRanges] {
            #expect(!table.isEmpty)
            for (previous, next) in zip(table, table.dropFirst()) {
                #expect(previous.upperBound + 1 < next.lowerBound, "\(Self.hex(previous)) then \(Self.hex(next))")
            }
            #expect(table.last!.upperBound <= 0x10FFFF)
        }
        for range in DisplayWidth.zeroWidthRanges {
            let overlaps = DisplayWidth.doubleWidthRanges.contains { $0.overlaps(range) }
            #expect(!overlaps, "\(Self.hex(range)) is in both tables")
        }
    }

    /// 10,000 mixed characters; no timing assertion, the duration is printed. With binary search over
    /// ~470 ranges this takes milliseconds even in a debug build.
    @Test func widthOfALongMixedString() {
        let pattern: [(Character, Int)] = [
            ("中", 2), ("文", 2), ("a", 1), ("b", 1), ("한", 2), ("\u{FF71}", 1), ("\u{FF21}", 2),
            ("e\u{0301}", 1), ("😀", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("—", 1), ("·", 1), ("…", 1),
            ("↑", 1), ("，", 2), ("。", 2), ("\u{0E01}", 1), ("\u{0627}", 1), ("\u{20000}", 2), ("\t", 0),
            (" ", 1), ("\u{1F1E8}\u{1F1F3}", 1), ("Ω", 1), ("\u{3042}", 2), ("\u{0915}\u{093F}", 1),
        ]
        var text = ""
        var expected = 0
        for index in 0..<10_000 {
            let (character, width) = pattern[index % pattern.count]
            text.append(character)
            expected += width
        }
        #expect(text.count == 10_000)

        let clock = ContinuousClock()
        var width = 0
        let elapsed = clock.measure { width = DisplayWidth.of(text) }
        print("DisplayWidth.of(10,000 mixed characters) = \(width) columns in \(elapsed)")
        #expect(width == expected)
        #expect(DisplayWidth.of(String(repeating: "ab", count: 5_000)) == 10_000)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func hex(_ range: ClosedRange<UInt32>) -> String { "\(hex(range.lowerBound))...\(hex(range.upperBound))" }

    /// UAX #11: unassigned code points in these ranges default to East Asian Wide.
    static let defaultWideUnassigned: [ClosedRange<UInt32>] = [
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

/// glibc's `wcwidth` in the C.UTF-8 locale, for the calling thread only.
///
/// `wcwidth` is not visible from Swift's Glibc module, so it is looked up with `dlsym`. Instead of
/// `setlocale(LC_ALL, ...)`, which is process-wide and would change the locale under tests running in
/// parallel, the locale is installed with `uselocale` for this thread; the test using it is
/// synchronous, so it stays on one thread.
private final class GlibcWidth {
    private typealias WcwidthFunction = @convention(c) (wchar_t) -> Int32
    private let wcwidth: WcwidthFunction
    private let locale: locale_t
    private let previous: locale_t

    init() throws {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else {
            throw Failure.message("dlsym(wcwidth) failed")
        }
        guard let locale = newlocale(1 << LC_CTYPE, "C.UTF-8", nil) else {
            throw Failure.message("newlocale(C.UTF-8) failed: is the C.UTF-8 locale installed?")
        }
        self.wcwidth = unsafeBitCast(symbol, to: WcwidthFunction.self)
        self.locale = locale
        self.previous = uselocale(locale)
        guard width(0x4E2D) == 2 else { throw Failure.message("wcwidth(U+4E2D) != 2: not a UTF-8 locale") }
    }

    deinit {
        uselocale(previous)
        freelocale(locale)
    }

    func width(_ value: UInt32) -> Int32 { wcwidth(wchar_t(bitPattern: value)) }

    enum Failure: Error { case message(String) }
}
