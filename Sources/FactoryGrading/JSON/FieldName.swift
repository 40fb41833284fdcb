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

/// Field names (at most 64, each at most 24 bytes of UTF-8), matched against the UTF-8 of keys.
struct FieldNames: Sendable {
    let names: [String]
    /// Each name's UTF-8 length and bytes, zero-padded to three words, so that matching a key compares
    /// words instead of calling out to compare bytes.
    private let packed: [Packed]

    private struct Packed: Equatable {
        var count: Int
        var words: (UInt64, UInt64, UInt64)

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            count = bytes.count
            words = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        }

        static func == (lhs: Packed, rhs: Packed) -> Bool {
            lhs.count == rhs.count && lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
        }
    }

    init(_ names: [String]) {
        precondition(names.count <= 64, "at most 64 field names")
        precondition(names.allSatisfy { $0.utf8.count <= 24 }, "field names of at most 24 bytes")
        self.names = names
        packed = names.map { name in Array(name.utf8).withUnsafeBufferPointer(Packed.init) }
    }

    /// The position of the name whose UTF-8 is `key`, byte for byte.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count <= 24 else { return nil }
        let wanted = Packed(key)
        return packed.firstIndex(of: wanted)
    }
}
