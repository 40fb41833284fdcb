/// A pack compiled for grading: every rule with the positions and ids it needs, so that grading an
/// assessment does no lookups by name and copies no pack entities.
struct GradingPlan: Sendable {
    /// One tier: its id and where its rules lie in ``GradingPlan/rules``.
    struct TierPlan: Sendable {
        var id: String
        var rules: Range<Int>
        /// The tier has a coverage rule that admits no excepted area: it cannot be reached through a lower
        /// tier that is qualified only with one (its ladder rule is then not met).
        var refusesAreaExceptions: Bool
    }

    struct AreaPlan: Sendable {
        var area: String
        var required: Bool
        var items: [(position: Int, id: String)]
        /// The items' ids, shared by the lists of every ``AreaCoverage`` graded from this plan.
        var ids: [String]
    }

    /// What evaluating a rule takes, by positions only.
    enum Step: Sendable {
        /// `position` is the item's pack position, `nil` for an item not in the pack.
        case item(position: Int?)
        case maturity(minimumLevel: Int)
        /// `areas` is where the tier's area plans lie in ``GradingPlan/areas``.
        case coverage(areas: Range<Int>, exceptionsAllowed: Bool)
        /// `target` is the scope's position among the evidence of each KPI (its rank − 1), `nil` for a
        /// scope not in the pack.
        case kpiScope(target: Int?)
        case ladder(lowerTier: Int?)
    }

    struct RulePlan: Sendable {
        var rule: Rule
        var step: Step
        /// The id the rule's detail names: the item, the scope or the lower tier (empty for other rules).
        var id: String
    }

    var tiers: [TierPlan]
    /// Every tier's rules, tier after tier.
    var rules: [RulePlan]
    /// Every coverage rule's area plans, rule after rule, each in pack order.
    var areas: [AreaPlan]
    /// Each KPI's id, direction and formula kind, by pack position.
    var kpis: [(id: String, direction: KPI.Direction, formula: KPIFormula.Kind)]
    /// Each KPI scope's id (and its ``IdentifierMap`` hash), its comparison, and whether it compares with
    /// a province's benchmark rows.
    var scopes: [(id: String, hash: UInt64, comparison: InterpretationParameters.Comparison, provincial: Bool)]
    /// The items' ids, in pack order.
    var itemOrder: PackOrder
    /// The KPIs' ids, in pack order.
    var kpiOrder: PackOrder
    /// `mainIndicators.minimumCount`.
    var mainIndicatorsMinimumCount: Int
    /// `coverage.maxExceptedAreas`.
    var maxExceptedAreas: Int
    /// `kpiScope.higherScopeImpliesLower`.
    var higherScopeImpliesLower: Bool

    init(pack: CriteriaPack) {
        kpis = pack.kpis.map { ($0.id, $0.direction, $0.formula.kind) }
        itemOrder = PackOrder(pack.items.map(\.id), position: pack.itemPosition)
        kpiOrder = PackOrder(pack.kpis.map(\.id), position: pack.kpiPosition)
        scopes = pack.kpiScopes.map {
            ($0.id, IdentifierIndex.hash($0.id), pack.interpretation.comparison(for: $0), BenchmarkTable.isProvincial($0))
        }
        mainIndicatorsMinimumCount = pack.interpretation.mainIndicatorsMinimumCount
        maxExceptedAreas = pack.interpretation.maxExceptedAreas
        higherScopeImpliesLower = pack.interpretation.higherScopeImpliesLower
        let tierPositions = Dictionary(uniqueKeysWithValues: pack.tiers.enumerated().map { ($0.element.id, $0.offset) })
        var tiers: [TierPlan] = []
        var rules: [RulePlan] = []
        var areas: [AreaPlan] = []
        for tier in pack.tiers {
            let start = rules.count
            for rule in tier.rules {
                switch rule.kind {
                case .item(let id):
                    rules.append(RulePlan(rule: rule, step: .item(position: pack.itemPosition(id)), id: id))
                case .maturityGate(let minimumLevel):
                    rules.append(RulePlan(rule: rule, step: .maturity(minimumLevel: minimumLevel), id: ""))
                case .coverage(let requiredAreas, let exceptions):
                    let first = areas.count
                    for area in pack.areas {
                        let items = pack.coverageItems(tier: tier, area: area.id).compactMap { item in
                            pack.itemPosition(item.id).map { ($0, item.id) }
                        }
                        areas.append(AreaPlan(area: area.id, required: requiredAreas.contains(area.id), items: items, ids: items.map(\.1)))
                    }
                    let step = Step.coverage(areas: first..<areas.count, exceptionsAllowed: exceptions == .withJustification)
                    rules.append(RulePlan(rule: rule, step: step, id: ""))
                case .kpiScope(let scope):
                    rules.append(RulePlan(rule: rule, step: .kpiScope(target: pack.scope(scope).map { $0.rank - 1 }), id: scope))
                case .ladder(let lowerTier):
                    rules.append(RulePlan(rule: rule, step: .ladder(lowerTier: tierPositions[lowerTier]), id: lowerTier))
                }
            }
            let refuses = tier.rules.contains { rule in
                if case .coverage(_, Rule.ExceptionPolicy.none) = rule.kind { true } else { false }
            }
            tiers.append(TierPlan(id: tier.id, rules: start..<rules.count, refusesAreaExceptions: refuses))
        }
        self.tiers = tiers
        self.rules = rules
        self.areas = areas
    }
}
