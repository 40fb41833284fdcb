/// Works out the minimal changes that would lift an assessment to a target tier.
public struct GapAnalysis: Sendable {
    public let grader: Grader

    public init(pack: CriteriaPack) { grader = Grader(pack: pack) }

    var pack: CriteriaPack { grader.pack }

    /// The gaps to `target`, or to the tier above the one reached when `target` is `nil`.
    ///
    /// - Returns: `nil` when no target is given and the highest tier is reached already.
    public func gaps(for assessment: Assessment, result: GradingResult? = nil, target: String? = nil) -> GapReport? {
        let result = result ?? grader.grade(assessment)
        let reachedRank = result.tierReached.flatMap(pack.tier)?.rank ?? 0
        guard let targetTier = target.flatMap(pack.tier) ?? pack.tiers.first(where: { $0.rank == reachedRank + 1 }) else { return nil }
        let requiredTiers =
            pack.interpretation.ladder == .cumulative ? pack.tiers.filter { $0.rank <= targetTier.rank } : [targetTier]
        var report = GapReport(
            target: targetTier.id, current: result.tierReached,
            alreadyQualified: result.verdict(targetTier.id)?.verdict == .qualified,
            tiers: requiredTiers.map(\.id), items: [], maturity: nil, kpis: nil)
        guard !report.alreadyQualified else { return report }

        var itemNeeds: [String: (status: AnswerStatus?, rules: [String])] = [:]
        func need(_ item: String, _ rule: String) {
            itemNeeds[item, default: (assessment.status(of: item), [])].rules.append(rule)
        }
        var kpiRules: [(rule: String, scope: String, met: Bool)] = []
        for tier in requiredTiers {
            guard let verdict = result.verdict(tier.id) else { continue }
            for outcome in verdict.rules {
                let ruleID = outcome.rule.id
                switch outcome.detail {
                case .item(let id, _) where outcome.outcome != .met:
                    need(id, ruleID)
                case .maturity(let minimumLevel, let level, _) where outcome.outcome != .met:
                    let previous = report.maturity
                    report.maturity = MaturityGap(
                        current: level, required: max(minimumLevel, previous?.required ?? 0),
                        neededBy: (previous?.neededBy ?? []) + [ruleID])
                case .coverage(let detail) where outcome.outcome != .met:
                    for item in coverageItemsToMeet(detail) { need(item, ruleID) }
                case .kpiScope(let detail):
                    kpiRules.append((ruleID, detail.scope, outcome.outcome == .met))
                default:
                    break
                }
            }
        }
        report.items = pack.items.compactMap { item in
            itemNeeds[item.id].map { ItemGap(item: item.id, status: $0.status, neededBy: $0.rules) }
        }
        if kpiRules.contains(where: { !$0.met }) {
            report.kpis = kpiPlan(assessment, scopes: kpiRules.map(\.scope), neededBy: kpiRules.filter { !$0.met }.map(\.rule))
        }
        return report
    }

    /// The items of required areas that must be met, including excepted items of the areas with the
    /// fewest exceptions when more areas are excepted than the pack allows.
    func coverageItemsToMeet(_ detail: CoverageDetail) -> [String] {
        let required = detail.areas.filter(\.required)
        var items = required.flatMap { area in
            area.notMet + area.unanswered + (detail.exceptionsAllowed ? [] : area.excepted)
        }
        if detail.exceptionsAllowed {
            let excepted = required.filter { !$0.excepted.isEmpty }
            let excess = excepted.count - detail.maxExceptedAreas
            if excess > 0 {
                let cheapest = excepted.enumerated().sorted { ($0.element.excepted.count, $0.offset) < ($1.element.excepted.count, $1.offset) }
                items += cheapest.prefix(excess).flatMap(\.element.excepted)
            }
        }
        return items
    }

    /// Chooses the main indicators needing least change for every scope in `scopes`.
    ///
    /// KPIs already meeting every scope come first, then those only missing data, then those short of
    /// the benchmark by the smallest relative margin; currently presented KPIs win ties.
    func kpiPlan(_ assessment: Assessment, scopes scopeIDs: [String], neededBy: [String]) -> KPIPlan {
        let scopes = pack.kpiScopes.filter { scopeIDs.contains($0.id) }
        struct Candidate {
            var kpi: KPI
            var isMain: Bool
            var shortfalls: [KPIShortfall]
            var cost: (Int, Double)
        }
        let candidates = pack.kpis.map { kpi -> Candidate in
            let entry = assessment.kpis[kpi.id]
            var shortfalls: [KPIShortfall] = []
            var worst = 0
            var relative = 0.0
            for scope in scopes {
                let comparison = grader.compare(kpi, entry, with: scope)
                switch comparison.outcome {
                case .met:
                    continue
                case .undetermined:
                    worst = max(worst, 1)
                    shortfalls.append(KPIShortfall(kpi: kpi.id, scope: scope.id, need: entry?.value == nil ? .value : .comparison))
                case .notMet:
                    worst = 2
                    switch comparison.basis {
                    case .benchmark(_, let benchmark, _, let rule):
                        let value = comparison.value ?? 0
                        relative += abs(benchmark - value) / max(abs(benchmark), 1)
                        shortfalls.append(
                            KPIShortfall(kpi: kpi.id, scope: scope.id, need: .improvement(value: value, benchmark: benchmark, comparison: rule)))
                    case .declared, .missing:
                        relative += 1
                        shortfalls.append(KPIShortfall(kpi: kpi.id, scope: scope.id, need: .declaredShort))
                    }
                }
            }
            return Candidate(kpi: kpi, isMain: entry?.main == true, shortfalls: shortfalls, cost: (worst, relative))
        }
        let minimum = pack.interpretation.mainIndicatorsMinimumCount
        let keep = candidates.filter { $0.isMain && $0.cost.0 == 0 }
        var chosen = keep
        if chosen.count < minimum {
            let others = candidates.filter { !($0.isMain && $0.cost.0 == 0) }.sorted { lhs, rhs in
                if lhs.cost.0 != rhs.cost.0 { return lhs.cost.0 < rhs.cost.0 }
                if lhs.cost.1 != rhs.cost.1 { return lhs.cost.1 < rhs.cost.1 }
                if lhs.isMain != rhs.isMain { return lhs.isMain }
                return lhs.kpi.number < rhs.kpi.number
            }
            chosen += others.prefix(minimum - chosen.count)
        }
        let chosenIDs = Set(chosen.map(\.kpi.id))
        let ordered = candidates.filter { chosenIDs.contains($0.kpi.id) }
        return KPIPlan(
            proposedMain: ordered.map(\.kpi.id),
            drop: candidates.filter { $0.isMain && !chosenIDs.contains($0.kpi.id) }.map(\.kpi.id),
            add: ordered.filter { !$0.isMain }.map(\.kpi.id),
            shortfalls: ordered.flatMap(\.shortfalls),
            neededBy: neededBy)
    }
}
