#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fields of one kind of object in a document, numbered from 0 in the order of ``names``, which a
/// decoder finds by the bytes of a key (see ``JSONScanner/nextMember(_:_:)``).
protocol FieldName: RawRepresentable where RawValue == Int {
    static var names: FieldNames { get }
}

/// A member read by ``JSONScanner/nextMember(_:_:)``: one of the fields, or another key.
enum Member<Field> {
    case field(Field)
    case other(String)
}

/// Field names (at most 64), matched against the UTF-8 of keys.
struct FieldNames: Sendable {
    let names: [String]
    private let utf8: [[UInt8]]

    init(_ names: [String]) {
        precondition(names.count <= 64, "at most 64 field names")
        self.names = names
        utf8 = names.map { Array($0.utf8) }
    }

    /// The position of the name whose UTF-8 is `key`, byte for byte.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = key.baseAddress else { return utf8.firstIndex { $0.isEmpty } }
        for index in utf8.indices where utf8[index].count == key.count {
            if utf8[index].withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, key.count) == 0 }) { return index }
        }
        return nil
    }
}
