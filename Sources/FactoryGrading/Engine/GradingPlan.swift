/// A pack compiled for grading: every rule with the positions and ids it needs, so that grading an
/// assessment does no lookups by name and copies no pack entities.
struct GradingPlan: Sendable {
    struct TierPlan: Sendable {
        var id: String
        var rules: [RulePlan]
    }

    struct AreaPlan: Sendable {
        var area: String
        var required: Bool
        var items: [(position: Int, id: String)]
    }

    enum Step: Sendable {
        case item(position: Int, id: String)
        case maturity(minimumLevel: Int)
        case coverage(areas: [AreaPlan], exceptionsAllowed: Bool)
        case kpiScope(scope: KPIScope?, scopeID: String)
        case ladder(lowerTier: Int?, lowerTierID: String)
    }

    struct RulePlan: Sendable {
        var rule: Rule
        var step: Step
    }

    var tiers: [TierPlan]
    /// Each KPI's id, direction and formula kind, by pack position.
    var kpis: [(id: String, direction: KPI.Direction, formula: KPIFormula.Kind)]
    /// Each KPI scope's id (and its ``IdentifierMap`` hash), its comparison, and whether it compares with
    /// a province's benchmark rows.
    var scopes: [(id: String, hash: UInt64, comparison: InterpretationParameters.Comparison, provincial: Bool)]

    init(pack: CriteriaPack) {
        kpis = pack.kpis.map { ($0.id, $0.direction, $0.formula.kind) }
        scopes = pack.kpiScopes.map {
            ($0.id, IdentifierIndex.hash($0.id), pack.interpretation.comparison(for: $0), BenchmarkTable.isProvincial($0))
        }
        let tierPositions = Dictionary(uniqueKeysWithValues: pack.tiers.enumerated().map { ($0.element.id, $0.offset) })
        tiers = pack.tiers.map { tier in
            let rules = tier.rules.map { rule -> RulePlan in
                let step: Step
                switch rule.kind {
                case .item(let id):
                    step = .item(position: pack.itemPosition(id) ?? -1, id: id)
                case .maturityGate(let minimumLevel):
                    step = .maturity(minimumLevel: minimumLevel)
                case .coverage(let requiredAreas, let exceptions):
                    let areas = pack.areas.map { area in
                        AreaPlan(
                            area: area.id, required: requiredAreas.contains(area.id),
                            items: pack.coverageItems(tier: tier, area: area.id).compactMap { item in
                                pack.itemPosition(item.id).map { ($0, item.id) }
                            })
                    }
                    step = .coverage(areas: areas, exceptionsAllowed: exceptions == .withJustification)
                case .kpiScope(let scope):
                    step = .kpiScope(scope: pack.scope(scope), scopeID: scope)
                case .ladder(let lowerTier):
                    step = .ladder(lowerTier: tierPositions[lowerTier], lowerTierID: lowerTier)
                }
                return RulePlan(rule: rule, step: step)
            }
            return TierPlan(id: tier.id, rules: rules)
        }
    }
}

/// What one KPI's comparison with one benchmark scope rests on, before comparing.
enum ScopeEvidence: Sendable {
    case table(BenchmarkTable.Row)
    case benchmark(value: Double, source: String)
    case declared(meets: Bool, evidence: String)
}

/// One KPI's effective value and the evidence for each benchmark scope, by scope position.
struct KPIEvidence: Sendable {
    var value: Double?
    var origin: KPIValueOrigin
    var scopes: [ScopeEvidence?]
}

/// One assessment's answers and KPI entries laid out by pack position, built once per grade.
struct ResolvedAssessment {
    var statuses: [AnswerStatus?]
    /// What each KPI's raw inputs compute to, by pack position; `nil` without raw inputs.
    var computed: [KPIComputation?]
    /// For each KPI presented as a main indicator, in pack order: its pack position and evidence.
    var mainIndicators: [(position: Int, evidence: KPIEvidence)]
    /// KPIs whose main-indicator choice is not made.
    var undecided: Int

    init(_ assessment: Assessment, grader: Grader) {
        statuses = Array(repeating: nil, count: grader.pack.items.count)
        let answers = assessment.answers.entries
        for index in answers.indices {
            if let position = grader.pack.itemPosition(answers[index].key, hash: answers[index].hash) {
                statuses[position] = answers[index].value.status
            }
        }
        computed = Array(repeating: nil, count: grader.pack.kpis.count)
        mainIndicators = []
        undecided = grader.pack.kpis.count
        let query = grader.benchmarkQuery(assessment.profile)
        let kpis = assessment.kpis.entries
        for index in kpis.indices {
            guard let position = grader.pack.kpiPosition(kpis[index].key, hash: kpis[index].hash) else { continue }
            let computation = kpis[index].value.raw.map(grader.plan.kpis[position].formula.compute)
            computed[position] = computation
            guard let main = kpis[index].value.main else { continue }
            undecided -= 1
            if main {
                let evidence = grader.evidence(
                    position: position, value: kpis[index].value.value, comparisons: kpis[index].value.comparisons, computed: computation,
                    query: query)
                mainIndicators.append((position, evidence))
            }
        }
        mainIndicators.sort { $0.position < $1.position }
    }
}

extension Grader {
    /// What a benchmark-table lookup needs of `profile`, worked out once per assessment; `nil` without a table.
    func benchmarkQuery(_ profile: Profile) -> BenchmarkTable.Query? {
        guard benchmarks != nil else { return nil }
        let year = profile.assessmentDate.flatMap { Int($0.prefix(4)) }
        return BenchmarkTable.Query(industry: profile.industryCode, region: profile.regionCode, year: year)
    }

    /// A KPI's effective value (entered, or computed from raw inputs) and its evidence for every scope:
    /// a benchmark-table row first, then the assessment's benchmark, then its declaration.
    func evidence(position: Int, entry: KPIEntry?, profile: Profile) -> KPIEvidence {
        evidence(
            position: position, value: entry?.value, comparisons: entry?.comparisons ?? [:],
            computed: entry?.raw.map(plan.kpis[position].formula.compute), query: benchmarkQuery(profile))
    }

    /// `value` and `comparisons` are the KPI entry's; `computed` is what its raw inputs compute to; `query`
    /// is ``benchmarkQuery(_:)`` of the assessment.
    func evidence(
        position: Int, value entered: Double?, comparisons: IdentifierMap<KPIComparison>, computed: KPIComputation?,
        query: BenchmarkTable.Query?
    ) -> KPIEvidence {
        var value = entered
        var origin = KPIValueOrigin.entered
        if let computed {
            switch computed {
            case .value(let computed):
                value = computed
                origin = .computed
            case .undefined(let reason):
                value = nil
                origin = .undefined(reason)
            }
        }
        var scopes: [ScopeEvidence?] = []
        scopes.reserveCapacity(pack.kpiScopes.count)
        for index in plan.scopes.indices {
            if let benchmarks, let query,
                let row = benchmarks.best(among: benchmarkRows[position][index], provincial: plan.scopes[index].provincial, query)
            {
                scopes.append(.table(row))
                continue
            }
            switch comparisons.isEmpty ? nil : comparisons.value(for: plan.scopes[index].id, hash: plan.scopes[index].hash) {
            case .benchmark(let benchmark, let source)?: scopes.append(.benchmark(value: benchmark, source: source))
            case .declared(let meets, let evidence)?: scopes.append(.declared(meets: meets, evidence: evidence))
            case nil: scopes.append(nil)
            }
        }
        return KPIEvidence(value: value, origin: origin, scopes: scopes)
    }
}
