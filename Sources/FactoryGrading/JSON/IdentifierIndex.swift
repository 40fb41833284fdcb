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
    /// One id: its hash (0 marks an empty slot), where its UTF-8 lies in ``bytes``, and its position.
    private struct Slot {
        var hash: UInt64 = 0
        var start: Int32 = 0
        var count: Int32 = 0
        var position: Int32 = 0
    }

    /// Open-addressing table, at most a quarter full.
    private var slots: [Slot]
    /// Every id's UTF-8, one after another.
    private var bytes: [UInt8] = []

    /// An index of `ids`, each at its position in the sequence; a repeated id keeps its last position.
    init(_ ids: some Sequence<String>) {
        let ids = Array(ids)
        var size = 64
        while size < ids.count * 4 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        for (position, id) in ids.enumerated() { insert(id, position) }
    }

    private mutating func insert(_ id: String, _ position: Int) {
        var id = id
        id.withUTF8 { key in
            let hash = Self.hash(key)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].hash != 0 {
                if slots[slot].hash == hash, equals(slots[slot], key) {
                    slots[slot].position = Int32(position)
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(hash: hash, start: Int32(bytes.count), count: Int32(key.count), position: Int32(position))
            bytes.append(contentsOf: key)
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
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].hash != 0 {
                if slots[slot].hash == hash, equals(slots[slot], key) { return Int(slots[slot].position) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private func equals(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(slot.count) == key.count else { return false }
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(slot.start), base, key.count) == 0 }
    }

    /// Mixes the length with the first, middle and last eight bytes (every byte when shorter); never 0.
    @inline(__always)
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
