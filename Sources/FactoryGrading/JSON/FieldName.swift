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

        init(count: Int, words: (UInt64, UInt64, UInt64)) {
            self.count = count
            self.words = words
        }

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

    /// The position of the name that the JSON string in `bytes` whose first byte is at `start` is
    /// written as, without escapes, and where that string ends (its closing quote); `nil` for any other
    /// key (and near the end of `bytes`), which is then to be read in full. The key is read a word at a
    /// time up to its first quote, backslash, control or non-ASCII byte.
    @inline(__always)
    func match(in bytes: UnsafeBufferPointer<UInt8>, keyAt start: Int) -> (position: Int, end: Int)? {
        #if _endian(little)
        guard let base = bytes.baseAddress, start >= 0, start + 24 <= bytes.count else { return nil }
        let raw = UnsafeRawPointer(base + start)
        var key = Packed(count: 0, words: (0, 0, 0))
        @inline(__always) func stop(_ word: UInt64) -> Int? {
            let stops = JSONScanner.stopBytes(word, nonASCII: true)
            return stops == 0 ? nil : stops.trailingZeroBitCount >> 3
        }
        @inline(__always) func prefix(_ word: UInt64, _ length: Int) -> UInt64 { length == 0 ? 0 : word & (UInt64.max >> UInt64(64 - 8 * length)) }
        let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        if let length = stop(first) {
            key.count = length
            key.words.0 = prefix(first, length)
        } else {
            key.words.0 = first
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if let length = stop(second) {
                key.count = 8 + length
                key.words.1 = prefix(second, length)
            } else {
                key.words.1 = second
                let third = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
                guard let length = stop(third) else { return nil }
                key.count = 16 + length
                key.words.2 = prefix(third, length)
            }
        }
        guard base[start + key.count] == UInt8(ascii: "\"") else { return nil }
        for index in packed.indices where packed[index] == key { return (index, start + key.count) }
        return nil
        #else
        return nil
        #endif
    }

    /// The position of the name whose UTF-8 is `key`, byte for byte.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count <= 24 else { return nil }
        let wanted = Packed(key)
        return packed.firstIndex(of: wanted)
    }
}
