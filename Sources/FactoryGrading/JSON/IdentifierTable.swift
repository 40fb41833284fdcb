#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fixed set of identifier strings (item, KPI and scope ids of criteria packs) that a decoder reuses
/// when the same text appears as a key, so that decoding thousands of assessments does not allocate
/// thousands of copies of the same ids.
public final class IdentifierTable: Sendable {
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let strings: [String]
    private let utf8: [[UInt8]]

    /// A table of `identifiers`; non-ASCII identifiers are left out.
    public init(_ identifiers: some Sequence<String>) {
        var strings: [String] = []
        var seen = Set<String>()
        for identifier in identifiers where identifier.utf8.allSatisfy({ $0 < 0x80 && $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            && seen.insert(identifier).inserted
        {
            strings.append(identifier)
        }
        var size = 64
        while size < strings.count * 3 { size *= 2 }
        var slots = Array(repeating: Int32(-1), count: size)
        let hashes = strings.map(JSONScanner.keyHash)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
        self.hashes = hashes
        self.strings = strings
        utf8 = strings.map { Array($0.utf8) }
    }

    /// The ids a decoder meets in assessments answering `packs` and `models` (items, KPIs, scopes,
    /// self-diagnosis questions, sub-domains and satisfaction grades) and the assessment format's own words.
    public convenience init(packs: [CriteriaPack], models: [MaturityModel] = []) {
        var identifiers: [String] = []
        for pack in packs {
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

    /// The stored string equal to `bytes`, whose ``JSONScanner/keyHash(_:)`` is `hash`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, utf8[index].count == bytes.count,
                utf8[index].withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 })
            {
                return strings[index]
            }
            slot = (slot + 1) & mask
        }
    }
}
