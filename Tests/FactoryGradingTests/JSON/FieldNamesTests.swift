import Testing

@testable import FactoryGrading

@Suite("Field names matched by their bytes")
struct FieldNamesTests {
    static let names = FieldNames(["value", "raw", "", "measurementPeriod", "abcdefghijklmnopqrstuvwx", "abcdefgh"])

    static func position(_ key: String) -> Int? {
        Array(key.utf8).withUnsafeBufferPointer { names.position(of: $0) }
    }

    @Test("every name is found at its position, byte for byte")
    func exactNames() {
        for (index, name) in Self.names.names.enumerated() {
            #expect(Self.position(name) == index, "\(name)")
        }
    }

    @Test("prefixes, extensions, other cases and near misses are not names", arguments: [
        "valu", "values", "Value", "raw ", " raw", "measurementperiod", "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvw",
        "abcdefgh\u{0}", "abcdefghi", "r\u{0}w", "值",
    ])
    func otherKeys(key: String) {
        #expect(Self.position(key) == nil)
    }

    /// `match` on `"` + `written` + `"` + `tail`, after `padding` bytes.
    static func match(_ written: String, tail: String = String(repeating: " ", count: 30), padding: Int = 0) -> (position: Int, end: Int)? {
        let bytes = Array(repeating: UInt8(ascii: "x"), count: padding) + Array(("\"" + written + "\"" + tail).utf8)
        return bytes.withUnsafeBufferPointer { names.match(in: $0, keyAt: padding + 1) }
    }

    @Test("a key read in place is found at its position, ending at its closing quote, at every alignment")
    func matchInPlace() {
        for padding in 0..<9 {
            for (index, name) in Self.names.names.enumerated() where name.utf8.count < 24 {
                let found = Self.match(name, padding: padding)
                #expect(found?.position == index, "\(name) after \(padding)")
                #expect(found?.end == padding + 1 + name.utf8.count, "\(name) after \(padding)")
            }
        }
    }

    @Test("read in place, near misses, escapes and non-ASCII keys are not names", arguments: [
        "valu", "values", "Value", "raw ", " raw", "measurementperiod", "abcdefghi", "abcdefg", #"va\u006cue"#, #"raw\"x"#, "值",
        "r\u{1}w",
    ])
    func matchRejects(key: String) {
        #expect(Self.match(key) == nil)
    }

    @Test("keys read in place are left to the full reader when they may run past the end or past 23 bytes")
    func matchDeclines() {
        #expect(Self.match("raw", tail: "") == nil)
        #expect(Self.match("raw", tail: String(repeating: " ", count: 19)) == nil)
        #expect(Self.match("raw", tail: String(repeating: " ", count: 20))?.position == 1)
        #expect(Self.match("abcdefghijklmnopqrstuvwx") == nil)
        #expect(Self.position("abcdefghijklmnopqrstuvwx") == 4)
    }
}
