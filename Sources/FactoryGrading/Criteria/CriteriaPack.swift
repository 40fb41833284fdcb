/// A versioned set of criteria (one policy document) as data: tiers, items, rules, KPIs and the
/// interpretation parameters, with the policy text they come from.
///
/// Load one with ``CriteriaPack/init(jsonBytes:)``; it is validated as it loads.
public struct CriteriaPack: Sendable {
    public var id: String
    /// Semantic version of the data.
    public var version: String
    public var title: LocalizedText
    public var issuer: LocalizedText
    public var documentNumber: String
    /// Date of the policy document, `YYYY-MM-DD`.
    public var date: String
    /// The national instrument the document implements.
    public var implements: LocalizedText
    /// GB/T 2260 code prefix of the region the pack applies to.
    public var region: String
    public var notes: [LocalizedText]
    public var passages: [Passage]
    /// Lowest first.
    public var tiers: [Tier]
    public var areas: [ConstructionArea]
    public var items: [Item]
    public var kpiCategories: [KPICategory]
    public var kpis: [KPI]
    /// Lowest first.
    public var kpiScopes: [KPIScope]
    /// The parameters as documented in the pack.
    public var parameters: [Parameter]
    /// The parameters' typed values.
    public var interpretation: InterpretationParameters

    private var itemIndex = IdentifierIndex([String]())
    private var kpiIndex = IdentifierIndex([String]())
    private var passageIndex: [String: Int] = [:]
    private var constructionIndex: [String: [Int]] = [:]
    /// By item index: whether the item may be answered `excepted` (a construction item of a tier whose coverage
    /// rule accepts exceptions).
    private(set) var exceptable: [Bool] = []

    init(
        id: String, version: String, title: LocalizedText, issuer: LocalizedText, documentNumber: String, date: String,
        implements: LocalizedText, region: String, notes: [LocalizedText], passages: [Passage], tiers: [Tier],
        areas: [ConstructionArea], items: [Item], kpiCategories: [KPICategory], kpis: [KPI], kpiScopes: [KPIScope],
        parameters: [Parameter], interpretation: InterpretationParameters
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.date = date
        self.implements = implements
        self.region = region
        self.notes = notes
        self.passages = passages
        self.tiers = tiers
        self.areas = areas
        self.items = items
        self.kpiCategories = kpiCategories
        self.kpis = kpis
        self.kpiScopes = kpiScopes
        self.parameters = parameters
        self.interpretation = interpretation
        itemIndex = IdentifierIndex(items.map(\.id))
        for (index, item) in items.enumerated() {
            if item.kind == .construction, let tier = item.tier, let area = item.area {
                constructionIndex[Self.key(tier, area), default: []].append(index)
            }
        }
        let exceptableTiers = Set(
            tiers.filter { tier in
                tier.rules.contains { rule in
                    if case .coverage(_, .withJustification) = rule.kind { return true }
                    return false
                }
            }.map(\.id))
        exceptable = items.map { $0.kind == .construction && $0.tier.map(exceptableTiers.contains) == true }
        kpiIndex = IdentifierIndex(kpis.map(\.id))
        for (index, passage) in passages.enumerated() { passageIndex[passage.id] = index }
    }

    private static func key(_ tier: String, _ area: String) -> String { tier + "\u{1F}" + area }

    /// The pack's id and version, as an assessment names it.
    public var reference: PackReference { PackReference(id: id, version: version) }

    public func item(_ id: String) -> Item? { itemIndex[id].map { items[$0] } }

    /// The position of item `id` in ``items``.
    public func itemPosition(_ id: String) -> Int? { itemIndex[id] }

    /// ``itemPosition(_:)`` of an id whose hash is known (see ``IdentifierMap``).
    func itemPosition(_ id: String, hash: UInt64) -> Int? { itemIndex.position(of: id, hash: hash) }

    /// Whether item `id` may be answered `excepted` (a construction item of a tier whose coverage rule
    /// accepts an exception with a justification).
    public func allowsException(_ id: String) -> Bool { itemIndex[id].map { exceptable[$0] } ?? false }

    /// The position of KPI `id` in ``kpis``.
    public func kpiPosition(_ id: String) -> Int? { kpiIndex[id] }

    /// ``kpiPosition(_:)`` of an id whose hash is known (see ``IdentifierMap``).
    func kpiPosition(_ id: String, hash: UInt64) -> Int? { kpiIndex.position(of: id, hash: hash) }

    public func kpi(_ id: String) -> KPI? { kpiIndex[id].map { kpis[$0] } }

    public func passage(_ id: String) -> Passage? { passageIndex[id].map { passages[$0] } }

    public func tier(_ id: String) -> Tier? { tiers.first { $0.id == id } }

    public func area(_ id: String) -> ConstructionArea? { areas.first { $0.id == id } }

    public func scope(_ id: String) -> KPIScope? { kpiScopes.first { $0.id == id } }

    public func category(_ id: String) -> KPICategory? { kpiCategories.first { $0.id == id } }

    public func rule(_ id: String) -> Rule? {
        for tier in tiers { if let rule = tier.rules.first(where: { $0.id == id }) { return rule } }
        return nil
    }

    /// The construction items of `tier` in `area`, in pack order.
    public func constructionItems(tier: String, area: String) -> [Item] {
        (constructionIndex[Self.key(tier, area)] ?? []).map { items[$0] }
    }

    /// The construction items that cover `area` at `tier`: the tier's own items, and, when
    /// `coverage.includeLowerTierItems` is set, those of every lower tier.
    public func coverageItems(tier: Tier, area: String) -> [Item] {
        guard interpretation.coverageIncludesLowerTierItems else { return constructionItems(tier: tier.id, area: area) }
        return tiers.filter { $0.rank <= tier.rank }.flatMap { constructionItems(tier: $0.id, area: area) }
    }

    /// The tier below `tier`, if any.
    public func tier(below tier: Tier) -> Tier? { tiers.last { $0.rank < tier.rank } }
}

/// The id and version of a criteria pack, as an assessment names it.
public struct PackReference: Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var version: String

    public init(id: String, version: String) {
        self.id = id
        self.version = version
    }

    public var description: String { "\(id)@\(version)" }
}
