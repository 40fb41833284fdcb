/// A fixed set of identifier strings (item, KPI and scope ids of criteria packs) that a decoder reuses
/// when the same text appears as a key, so that decoding thousands of assessments does not allocate
/// thousands of copies of the same ids.
public final class IdentifierTable: Sendable {
    /// The table as plain memory, which a scanner reads without reference counting; valid while the
    /// table lives.
    let keys: RawKeys

    /// A table of `identifiers`; blank identifiers, and those that are not ASCII or that a document would
    /// write with escapes, are left out (so that every string the table gives is one a decoder accepts as
    /// text).
    public init(_ identifiers: some Sequence<String>) {
        var strings: [String] = []
        var seen = Set<String>()
        for identifier in identifiers where identifier.utf8.allSatisfy({ $0 < 0x80 && $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            && !identifier.isBlank && seen.insert(identifier).inserted
        {
            strings.append(identifier)
        }
        keys = RawKeys(strings)
    }

    deinit { keys.deallocate() }

    /// The ids a decoder meets in assessments answering `packs` and `models` (items, KPIs, scopes,
    /// self-diagnosis questions, sub-domains and satisfaction grades) and the assessment format's own words.
    ///
    /// Where versions of a pack share ids, the newest version's strings are the ones kept: assessments
    /// mostly answer the newest version, and an id the decoder gives is then the very string that pack
    /// looks up, which compares at once.
    public convenience init(packs: [CriteriaPack], models: [MaturityModel] = []) {
        var identifiers: [String] = []
        let newestFirst = packs.indices.sorted { first, second in
            let (one, other) = (packs[first].version, packs[second].version)
            return PackCatalog.isOlder(other, than: one) || (!PackCatalog.isOlder(one, than: other) && first < second)
        }
        for pack in newestFirst.map({ packs[$0] }) {
            identifiers += pack.items.map(\.id)
            identifiers += pack.kpis.map(\.id)
            identifiers += pack.kpiScopes.map(\.id)
        }
        for model in models {
            identifiers += model.questionnaire.questions.map(\.id)
            identifiers += model.subdomains.map(\.subdomain.id)
            identifiers += model.satisfaction.map(\.id)
        }
        self.init(identifiers + AssessmentDecoder.vocabulary)
    }

    /// How many identifiers the table holds; their positions run from 0.
    var count: Int { keys.strings.count }
}

/// The memory of an ``IdentifierTable``: an open-addressing table (at most a quarter full) of every
/// identifier's hash, place in ``bytes`` and position, every identifier's UTF-8 one after another, and the
/// identifiers themselves. Copies share the memory; the table that made it deallocates it.
struct RawKeys: @unchecked Sendable {
    struct Slot {
        /// 0 marks an empty slot.
        var hash: UInt64 = 0
        var start: Int32 = 0
        var count: Int32 = 0
        var position: Int32 = 0
    }

    let slots: UnsafeMutableBufferPointer<Slot>
    /// Every identifier's slot, by position.
    let entries: UnsafeMutableBufferPointer<Slot>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let strings: UnsafeMutableBufferPointer<String>

    /// `identifiers` at their positions; they must be distinct.
    init(_ identifiers: [String]) {
        var size = 64
        while size < identifiers.count * 4 { size *= 2 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot())
        entries = .allocate(capacity: identifiers.count)
        strings = .allocate(capacity: identifiers.count)
        _ = strings.initialize(from: identifiers)
        var utf8: [UInt8] = []
        var placed: [(hash: UInt64, start: Int, count: Int)] = []
        for identifier in identifiers {
            let start = utf8.count
            utf8 += identifier.utf8
            let hash = utf8.withUnsafeBufferPointer { IdentifierIndex.hash(UnsafeBufferPointer(rebasing: $0[start...])) }
            placed.append((hash, start, utf8.count - start))
        }
        bytes = .allocate(capacity: utf8.count)
        _ = bytes.initialize(from: utf8)
        let mask = size - 1
        for (position, entry) in placed.enumerated() {
            var slot = IdentifierIndex.homeSlot(entry.hash, mask: mask)
            while slots[slot].hash != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: entry.hash, start: Int32(entry.start), count: Int32(entry.count), position: Int32(position))
            entries.initializeElement(at: position, to: slots[slot])
        }
    }

    func deallocate() {
        slots.deallocate()
        entries.deallocate()
        bytes.deallocate()
        strings.deinitialize().deallocate()
    }

    /// The position of the identifier whose UTF-8 is byte for byte `key`, whose
    /// ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` is `hash`.
    @inline(__always)
    func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = IdentifierIndex.homeSlot(hash, mask: mask)
        while true {
            let candidate = slots[slot]
            if candidate.hash == 0 { return nil }
            if candidate.hash == hash, Int(candidate.count) == key.count,
                Self.equal(UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + Int(candidate.start)), key)
            {
                return Int(candidate.position)
            }
            slot = (slot + 1) & mask
        }
    }

    /// When the JSON string in `text` whose first byte is at `start` is one of the identifiers written as
    /// it is (no escapes), where it ends (its closing quote), its hash (from `seed`) and its position.
    @inline(__always)
    func identifier(in text: UnsafeBufferPointer<UInt8>, from start: Int, seed: UInt64) -> (end: Int, hash: UInt64, position: Int)? {
        guard let (end, hash) = JSONScanner.plainString(in: text, from: start, seed: seed),
            let known = position(of: UnsafeBufferPointer(rebasing: text[start..<end]), hash: hash)
        else { return nil }
        return (end, hash, known)
    }

    /// Whether the identifier at `position` is written at `start` in `text`, followed by a quote: then
    /// the JSON string there is exactly that identifier, since identifiers have no quote, backslash or
    /// control character. Gives where the string ends (its closing quote).
    @inline(__always)
    func isWritten(_ position: Int, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard position < entries.count else { return nil }
        let entry = entries[position]
        let end = start + Int(entry.count)
        guard end < text.count, text[end] == UInt8(ascii: "\""),
            Self.equal(UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + Int(entry.start)), UnsafeBufferPointer(rebasing: text[start..<end]))
        else { return nil }
        return end
    }

    /// Whether the `key.count` bytes at `stored` are `key`'s, compared a word at a time.
    @inline(__always)
    static func equal(_ stored: UnsafeRawPointer, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = key.count
        guard let base = key.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= count {
            if stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        if offset == count { return true }
        if count >= 8 {
            return stored.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        while offset < count {
            if stored.load(fromByteOffset: offset, as: UInt8.self) != raw.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }
}
