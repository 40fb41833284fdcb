/// The parts of a result's compact JSON that depend only on the pack (its reference, every tier's
/// opening and every rule with each outcome), UTF-8 encoded once, so that writing a result with
/// ``GradingResult/write(to:fragments:language:warnings:head:)`` copies bytes instead of escaping the
/// same ids again. Build one per pack and share it; it does not depend on the language.
public final class ResultJSONFragments: Sendable {
    /// The pack the fragments are for; its texts give the messages of conditions.
    public let pack: CriteriaPack
    /// Every fragment, one after another.
    let bytes: [UInt8]
    /// `"pack":{"id":…,"version":…},"tier":`.
    let packMember: Range<Int>
    /// `,"conditional":false,"tiers":[`, then the same with `true`.
    let tiersMember: (notConditional: Range<Int>, conditional: Range<Int>)
    /// `"conditions":[],"warnings":[]`.
    let noConditionsOrWarnings: Range<Int>
    /// Each tier's id, its opening for each verdict and conditional flag, and where its rules lie in ``rules``.
    let tiers: [TierFragments]
    /// Every tier's rules, tier after tier.
    let rules: [Rule]
    /// `{"id":…,"outcome":…}` of the rule at `index` in ``rules`` for each outcome, at `index * 3 + outcome`,
    /// after a comma unless the rule is its tier's first. A tier's rules with one outcome lie one after
    /// another, followed by `]}`, so that a run of rules with the same outcome is one slice.
    let outcomes: [Range<Int>]

    struct TierFragments: Sendable {
        var id: String
        /// The id as a JSON string.
        var name: Range<Int>
        /// `{"tier":…,"verdict":…,"conditional":…,"rules":[` at `verdict * 2 + (conditional ? 1 : 0)`, after
        /// a comma unless the tier is the first.
        var openings: [Range<Int>]
        var rules: Range<Int>
    }

    /// The fragments for results graded against `pack`.
    public init(pack: CriteriaPack) {
        self.pack = pack
        var bytes: [UInt8] = []
        func fragment(_ write: (inout [UInt8]) -> Void) -> Range<Int> {
            let start = bytes.count
            write(&bytes)
            return start..<bytes.count
        }
        packMember = fragment {
            Self.writePack(pack.reference, into: &$0)
            $0.append(contentsOf: #","tier":"#.utf8)
        }
        tiersMember = (
            fragment { $0.append(contentsOf: #","conditional":false,"tiers":["#.utf8) },
            fragment { $0.append(contentsOf: #","conditional":true,"tiers":["#.utf8) }
        )
        noConditionsOrWarnings = fragment { $0.append(contentsOf: #""conditions":[],"warnings":[]"#.utf8) }
        var tiers: [TierFragments] = []
        var rules: [Rule] = []
        var outcomes: [Range<Int>] = []
        for (index, tier) in pack.tiers.enumerated() {
            let name = fragment { JSONWriter.writeString(tier.id, into: &$0) }
            var openings: [Range<Int>] = []
            for verdict in Verdict.allCases {
                for conditional in [false, true] {
                    openings.append(
                        fragment {
                            if index > 0 { $0.append(UInt8(ascii: ",")) }
                            Self.writeOpening(tier: tier.id, verdict: verdict, conditional: conditional, into: &$0)
                        })
                }
            }
            let first = rules.count
            rules += tier.rules
            outcomes += repeatElement(0..<0, count: tier.rules.count * 3)
            for outcome in Outcome.allCases {
                for (position, rule) in tier.rules.enumerated() {
                    outcomes[(first + position) * 3 + Self.index(of: outcome)] = fragment {
                        if position > 0 { $0.append(UInt8(ascii: ",")) }
                        Self.writeRule(rule.id, outcome, into: &$0)
                    }
                }
                bytes.append(contentsOf: "]}".utf8)
            }
            tiers.append(TierFragments(id: tier.id, name: name, openings: openings, rules: first..<rules.count))
        }
        self.bytes = bytes
        self.tiers = tiers
        self.rules = rules
        self.outcomes = outcomes
    }

    static func index(of verdict: Verdict) -> Int {
        switch verdict {
        case .qualified: 0
        case .notQualified: 1
        case .undetermined: 2
        }
    }

    static func index(of outcome: Outcome) -> Int {
        switch outcome {
        case .met: 0
        case .notMet: 1
        case .undetermined: 2
        }
    }

    static func writePack(_ reference: PackReference, into output: inout [UInt8]) {
        output.append(contentsOf: #""pack":{"id":"#.utf8)
        JSONWriter.writeString(reference.id, into: &output)
        output.append(contentsOf: #","version":"#.utf8)
        JSONWriter.writeString(reference.version, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    static func writeOpening(tier: String, verdict: Verdict, conditional: Bool, into output: inout [UInt8]) {
        output.append(contentsOf: #"{"tier":"#.utf8)
        JSONWriter.writeString(tier, into: &output)
        output.append(contentsOf: #","verdict":""#.utf8)
        output.append(contentsOf: verdict.rawValue.utf8)
        output.append(contentsOf: #"","conditional":"#.utf8)
        output.append(contentsOf: (conditional ? "true" : "false").utf8)
        output.append(contentsOf: #","rules":["#.utf8)
    }

    static func writeRule(_ id: String, _ outcome: Outcome, into output: inout [UInt8]) {
        output.append(contentsOf: #"{"id":"#.utf8)
        JSONWriter.writeString(id, into: &output)
        output.append(contentsOf: #","outcome":""#.utf8)
        output.append(contentsOf: outcome.rawValue.utf8)
        output.append(contentsOf: #""}"#.utf8)
    }
}
