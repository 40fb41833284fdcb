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
}
