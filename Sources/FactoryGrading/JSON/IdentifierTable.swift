/// A fixed set of identifier strings (item, KPI and scope ids of criteria packs) that a decoder reuses
/// when the same text appears as a key, so that decoding thousands of assessments does not allocate
/// thousands of copies of the same ids.
public final class IdentifierTable: Sendable {
    private let index: IdentifierIndex
    private let strings: [String]

    /// A table of `identifiers`; non-ASCII identifiers are left out.
    public init(_ identifiers: some Sequence<String>) {
        var strings: [String] = []
        var seen = Set<String>()
        for identifier in identifiers where identifier.utf8.allSatisfy({ $0 < 0x80 && $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            && seen.insert(identifier).inserted
        {
            strings.append(identifier)
        }
        self.strings = strings
        index = IdentifierIndex(strings)
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

    /// How many identifiers the table holds; their positions run from 0.
    var count: Int { strings.count }

    /// The stored string equal to `bytes`, whose ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` is `hash`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
        index.position(of: bytes, hash: hash).map { strings[$0] }
    }

    /// The position of the identifier whose UTF-8 is byte for byte `bytes`, whose
    /// ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` is `hash`.
    func position(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        index.position(of: bytes, hash: hash)
    }

    /// The identifier at `position`.
    func identifier(at position: Int) -> String { strings[position] }
}
