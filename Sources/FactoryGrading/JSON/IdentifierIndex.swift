#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Positions of a fixed set of identifiers, found by their UTF-8 bytes.
///
/// Does what a `[String: Int]` does for item, KPI and question ids, with a hash of three words of the id
/// instead of SipHash over every byte: lookups happen once per answer of every assessment graded.
struct IdentifierIndex: Sendable {
    /// Open-addressing table of entry numbers (-1 = empty), at most a quarter full.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// Every id's UTF-8, one after another, and where each starts.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var positions: [Int] = []

    /// An index of `ids`, each at its position in the sequence; a repeated id keeps its last position.
    init(_ ids: some Sequence<String>) {
        self.init(Array(ids).enumerated().map { ($0.element, $0.offset) })
    }

    /// An index of `entries`; a repeated id keeps its last position.
    init(_ entries: [(id: String, position: Int)]) {
        var size = 64
        while size < entries.count * 4 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (id, position) in entries { insert(id, position) }
    }

    private mutating func insert(_ id: String, _ position: Int) {
        var id = id
        id.withUTF8 { key in
            let hash = Self.hash(key)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let entry = Int(slots[slot])
                if hashes[entry] == hash, equals(entry, key) {
                    positions[entry] = position
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(positions.count)
            hashes.append(hash)
            bytes.append(contentsOf: key)
            starts.append(bytes.count)
            positions.append(position)
        }
    }

    /// The position of `id`, or `nil` when it is not in the index.
    subscript(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { position(of: $0) }
    }

    /// The position of the id whose UTF-8 is `key`.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? { position(of: key, hash: Self.hash(key)) }

    /// The position of the id whose UTF-8 is `key` and whose ``hash(_:)`` is `hash`.
    func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash, equals(entry, key) { return positions[entry] }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        guard starts[entry + 1] - start == key.count else { return false }
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    /// Mixes the length with the first, middle and last eight bytes (every byte when shorter); never 0.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let count = key.count
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        if count >= 8, let base = key.baseAddress {
            let raw = UnsafeRawPointer(base)
            hash = (hash ^ raw.loadUnaligned(as: UInt64.self)) &* multiplier
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: (count - 8) / 2, as: UInt64.self)) &* multiplier
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* multiplier
        } else {
            for byte in key { hash = (hash ^ UInt64(byte)) &* multiplier }
        }
        return (hash ^ (hash >> 31)) | 1
    }
}
