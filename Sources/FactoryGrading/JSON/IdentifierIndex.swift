#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Positions of a fixed set of identifiers, found by the bytes of their UTF-8.
///
/// Answers what a `[String: Int]` answers for item, KPI and question ids: ``subscript(_:)`` matches the
/// way `String` compares (canonically equivalent spellings are the same id). It is faster because, while
/// every id and the key looked up are ASCII (the usual case: pack ids are), it hashes eight bytes at a
/// step and compares bytes; otherwise it asks a dictionary. Of the two `position(of:hash:)`, the one
/// taking UTF-8 bytes matches them byte for byte; the one taking a `String` compares as `String` does.
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
    /// The id in each slot (empty for empty slots), to compare with ids that are strings already:
    /// the ids a decoder interned are the very strings stored here, which compare at once.
    private var slotIDs: [String]
    /// Every id's UTF-8, one after another.
    private var bytes: [UInt8] = []
    /// Every id, for keys (or sets of ids) that are not all ASCII.
    private var byString: [String: Int] = [:]
    /// Whether every id is ASCII, so that an ASCII key needs nothing but ``slots``.
    private var isASCII = true

    /// An index of `ids`, each at its position in the sequence; a repeated id keeps its last position.
    init(_ ids: some Sequence<String>) {
        let ids = Array(ids)
        var size = 64
        while size < ids.count * 4 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        slotIDs = Array(repeating: "", count: size)
        for (position, id) in ids.enumerated() {
            insert(id, position)
            byString[id] = position
            if !id.utf8.allSatisfy({ $0 < 0x80 }) { isASCII = false }
        }
    }

    private mutating func insert(_ id: String, _ position: Int) {
        var stored: Int?
        var bytesOfID = id
        bytesOfID.withUTF8 { key in
            let hash = Self.hash(key)
            let mask = slots.count - 1
            var slot = IdentifierIndex.homeSlot(hash, mask: mask)
            while slots[slot].hash != 0 {
                if slots[slot].hash == hash, equals(slots[slot], key) {
                    slots[slot].position = Int32(position)
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(hash: hash, start: Int32(bytes.count), count: Int32(key.count), position: Int32(position))
            bytes.append(contentsOf: key)
            stored = slot
        }
        if let stored { slotIDs[stored] = id }
    }

    /// The position of `id`, or `nil` when it is not in the index; compares as `String` does.
    subscript(_ id: String) -> Int? {
        guard isASCII else { return byString[id] }
        return position(of: id, hash: Self.hash(id))
    }

    /// The position of `id`, whose ``hash(_:)`` is `hash` (as an ``IdentifierMap`` keeps it); compares
    /// as `String` does.
    func position(of id: String, hash: UInt64) -> Int? {
        guard isASCII else { return byString[id] }
        let mask = slots.count - 1
        var slot = IdentifierIndex.homeSlot(hash, mask: mask)
        while slots[slot].hash != 0 {
            if slots[slot].hash == hash, slotIDs[slot] == id { return Int(slots[slot].position) }
            slot = (slot + 1) & mask
        }
        return Self.isASCII(hash) ? nil : byString[id]
    }

    /// The position of the id whose UTF-8 is byte for byte `key`, whose ``hash(_:)`` is `hash`.
    func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = IdentifierIndex.homeSlot(hash, mask: mask)
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

    /// A random number drawn once per process, so that keys whose hashes collide cannot be prepared in
    /// advance (as Swift's own `Hasher` does).
    static let seed: UInt64 = {
        var hasher = Hasher()
        hasher.combine(0x5EED as UInt16)
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }()

    /// Mixes every byte of `key` with the process's ``seed``: eight bytes at a step as a little-endian
    /// word, the last step's word zero-padded, then the length. A scanner can work it out while it looks
    /// for the end of a string (see ``JSONScanner/plainString(from:)``). The lowest bit is always 1 (so
    /// the hash is never 0); the next says whether `key` has a byte that is not ASCII (see ``isASCII(_:)``).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(key, seed: seed)
    }

    /// ``hash(_:)-(UnsafeBufferPointer<UInt8>)`` with the ``seed`` already read.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let count = key.count
        guard let base = key.baseAddress else { return finish(seed, count: 0, bits: 0) }
        let raw = UnsafeRawPointer(base)
        var state = seed
        var bits: UInt64 = 0
        var offset = 0
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            bits |= word
            state = mix(state ^ word)
            offset += 8
        }
        if offset < count {
            let tail = count - offset
            var word: UInt64 = 0
            if count >= 8 {
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) >> UInt64(8 * (8 - tail))
            } else {
                for index in 0..<tail { word |= UInt64(base[offset + index]) << UInt64(8 * index) }
            }
            bits |= word
            state = mix(state ^ word)
        }
        return finish(state, count: count, bits: bits)
    }

    /// One step of ``hash(_:)-(UnsafeBufferPointer<UInt8>)``.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return product.high ^ product.low
    }

    /// The last step of ``hash(_:)-(UnsafeBufferPointer<UInt8>)``: mixes in the length and sets the two
    /// fixed bits; `bits` is every word of the key OR-ed together.
    @inline(__always)
    static func finish(_ state: UInt64, count: Int, bits: UInt64) -> UInt64 {
        let hash = mix(state ^ UInt64(truncatingIfNeeded: count))
        return (hash & ~3) | 1 | (bits & 0x8080_8080_8080_8080 == 0 ? 0 : 2)
    }

    /// ``hash(_:)`` of `key`'s UTF-8.
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8(hash)
    }

    /// The first slot to try for `hash` in an open-addressing table of `mask + 1` slots: the bits above
    /// the two fixed ones (see ``hash(_:)-(UnsafeBufferPointer<UInt8>)``), so that every slot can be a home slot.
    @inline(__always)
    static func homeSlot(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 2) & mask }

    /// Whether the key whose ``hash(_:)`` is `hash` is all ASCII.
    @inline(__always)
    static func isASCII(_ hash: UInt64) -> Bool { hash & 2 == 0 }
}
