/// One condition a tier sets, interpreted by the engine according to its ``Kind``.
///
/// Immutable and shared by reference: every outcome of the rule points at the same instance.
public final class Rule: Sendable, Hashable, Identifiable {
    /// The small set of rule kinds the engine knows; the policy itself is data.
    public enum Kind: Sendable, Hashable {
        /// The item must be answered met.
        case item(String)
        /// The GB/T 39116 maturity level must reach `minimumLevel`.
        case maturityGate(minimumLevel: Int)
        /// Each required area must be covered by this tier's construction items.
        case coverage(requiredAreas: [String], exceptions: ExceptionPolicy)
        /// The main indicators must meet the benchmark scope.
        case kpiScope(scope: String)
        /// The next lower tier must be qualified (generated from the `ladder` parameter).
        case ladder(lowerTier: String)

        /// The kind's name as used in pack files and reports.
        public var name: String {
            switch self {
            case .item: "item"
            case .maturityGate: "maturityGate"
            case .coverage: "coverage"
            case .kpiScope: "kpiScope"
            case .ladder: "ladder"
            }
        }
    }

    /// Whether a coverage rule accepts an area excepted with a written justification.
    public enum ExceptionPolicy: String, Sendable, Hashable, CaseIterable {
        case none
        case withJustification
    }

    public let id: String
    public let kind: Kind
    public let title: LocalizedText
    public let clause: String
    public let passage: String?

    public init(id: String, kind: Kind, title: LocalizedText, clause: String, passage: String?) {
        self.id = id
        self.kind = kind
        self.title = title
        self.clause = clause
        self.passage = passage
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs === rhs
            || (lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.title == rhs.title && lhs.clause == rhs.clause
                && lhs.passage == rhs.passage)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
    }
}
