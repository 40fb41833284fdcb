/// Works out the minimal changes that would lift an assessment to a target tier.
public struct GapAnalysis: Sendable {
    public let grader: Grader

    public init(pack: CriteriaPack) { grader = Grader(pack: pack) }

    /// Gap analysis with the same maturity models and benchmarks as `grader`.
    public init(grader: Grader) { self.grader = grader }

    var pack: CriteriaPack { grader.pack }

    /// The gaps to `target`, or to the tier above the one reached when `target` is `nil`.
    ///
    /// - Returns: `nil` when `target` is not a tier of the pack, or when no target is given and the highest
    ///   tier is reached already.
    public func gaps(for assessment: Assessment, result: GradingResult? = nil, target: String? = nil) -> GapReport? {
        let result = result ?? grader.grade(assessment)
        let reachedRank = result.tierReached.flatMap(pack.tier)?.rank ?? 0
        let requested = target.flatMap(pack.tier)
        if target != nil, requested == nil { return nil }
        guard let targetTier = requested ?? pack.tiers.first(where: { $0.rank == reachedRank + 1 }) else { return nil }
        let requiredTiers =
            pack.interpretation.ladder == .cumulative ? pack.tiers.filter { $0.rank <= targetTier.rank } : [targetTier]
        var report = GapReport(
            target: targetTier.id, current: result.tierReached,
            alreadyQualified: result.verdict(targetTier.id)?.verdict == .qualified,
            tiers: requiredTiers.map(\.id), items: [], maturity: nil, kpis: nil, conditions: [])
        // A target that admits no excepted area cannot rest on one: its items are listed to meet instead.
        let refusesExceptions = grader.plan.tiers.first { $0.id == targetTier.id }?.refusesAreaExceptions == true
        let targetLadder = result.verdict(targetTier.id)?.rules.first { if case .ladder = $0.detail { true } else { false } }?.rule.id
        var seenConditions = Set<Condition>()
        for tier in requiredTiers {
            for condition in result.verdict(tier.id)?.conditions ?? [] where seenConditions.insert(condition).inserted {
                if refusesExceptions, case .areaException = condition { continue }
                report.conditions.append(condition)
            }
        }
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
                case .maturity(let minimumLevel, let evidence) where outcome.outcome != .met:
                    let previous = report.maturity
                    // The questionnaire level to work on: the one after the current level, or an earlier one the
                    // self-diagnosis does not yet pass (the estimate cannot rise past it).
                    let next = min((evidence.level ?? 0) + 1, 5, result.selfDiagnosis?.workingLevel ?? 5)
                    report.maturity = MaturityGap(
                        current: evidence.level, required: max(minimumLevel, previous?.required ?? 0),
                        neededBy: (previous?.neededBy ?? []) + [ruleID], improve: weakestSubdomains(result.selfDiagnosis, at: next),
                        workingLevel: result.selfDiagnosis == nil ? nil : next)
                case .coverage(let detail):
                    if outcome.outcome != .met {
                        for item in coverageItemsToMeet(detail) { need(item, ruleID) }
                    }
                    // A lower tier's excepted items, which a target admitting no exception needs met through its ladder.
                    if refusesExceptions, tier.id != targetTier.id, detail.exceptionsAllowed {
                        let ladder = targetLadder ?? ruleID
                        for area in detail.areas where area.required {
                            for item in area.excepted where itemNeeds[item]?.rules.contains(ladder) != true { need(item, ladder) }
                        }
                    }
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
            let plan = kpiPlan(assessment, scopes: kpiRules.map(\.scope), neededBy: kpiRules.filter { !$0.met }.map(\.rule))
            report.kpis = plan
            // The proposed indicators met on the assessor's declaration make the target conditional too.
            for condition in plan.declaredConditions where seenConditions.insert(condition).inserted {
                report.conditions.append(condition)
            }
        }
        return report
    }

    /// From a self-diagnosis: the sub-domains whose improvement lifts the score of `level` most.
    func weakestSubdomains(_ score: MaturityScore?, at level: Int) -> [MaturityModel.Subdomain] {
        guard let score, let model = grader.maturityModels.first(where: { $0.reference == score.model }) else { return [] }
        return score.weakest(at: level).compactMap(model.subdomain)
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
    /// Every scope needed is compared, as the grader does. A benchmark shortfall is listed for each scope
    /// that fails; a missing value or comparison is asked for once, for the highest scope lacking one
    /// (with `kpiScope.higherScopeImpliesLower` that one covers the lower scopes). Candidates rank:
    /// KPIs already meeting it; presented KPIs that only lack a comparison; KPIs short of the benchmark,
    /// smallest relative shortfall first; other KPIs with a value but no comparison; KPIs without a value.
    /// Ties go to presented KPIs, then to the order of 附1.
    func kpiPlan(_ assessment: Assessment, scopes scopeIDs: [String], neededBy: [String]) -> KPIPlan {
        let scopes = pack.kpiScopes.filter { scopeIDs.contains($0.id) }
        let implies = pack.interpretation.higherScopeImpliesLower
        struct Candidate {
            var kpi: KPI
            var isMain: Bool
            var shortfalls: [KPIShortfall]
            var rank: Int
            var relative: Double
            var declared: [Condition]
        }
        let candidates = pack.kpis.enumerated().map { position, kpi -> Candidate in
            let entry = assessment.kpis[kpi.id]
            let evidence = grader.evidence(position: position, entry: entry, profile: assessment.profile)
            let isMain = entry?.main == true
            var shortfalls: [KPIShortfall] = []
            var failing = false
            var relative = 0.0
            var missing: [KPIShortfall] = []
            var declared: [Condition] = []
            for scope in scopes {
                let comparison = grader.compare(id: kpi.id, direction: kpi.direction, evidence, scope.rank - 1)
                switch (comparison.outcome, comparison.basis) {
                case (.met, .declared(let declaredScope, true, _)):
                    let condition = Condition.declaredComparison(kpi: kpi.id, scope: declaredScope)
                    if !declared.contains(condition) { declared.append(condition) }
                case (.met, _):
                    continue
                case (.undetermined, _):
                    missing.append(KPIShortfall(kpi: kpi.id, scope: scope.id, need: comparison.value == nil ? .value : .comparison))
                case (.notMet, .benchmark(let basisScope, let benchmark, _, let rule)):
                    failing = true
                    let value = comparison.value ?? 0
                    relative += abs(benchmark - value) / max(abs(benchmark), 1)
                    shortfalls.append(
                        KPIShortfall(kpi: kpi.id, scope: basisScope, need: .improvement(value: value, benchmark: benchmark, comparison: rule)))
                    if basisScope != scope.id { missing.append(KPIShortfall(kpi: kpi.id, scope: scope.id, need: .comparison)) }
                case (.notMet, _):
                    failing = true
                    relative += 1
                    shortfalls.append(KPIShortfall(kpi: kpi.id, scope: scope.id, need: .declaredShort))
                }
            }
            var seen = Set<String>()
            shortfalls = shortfalls.filter { seen.insert($0.scope).inserted }
            if implies, let top = shortfalls.last, case .improvement(_, let target, _) = top.need {
                shortfalls = shortfalls.filter { shortfall in
                    guard shortfall != top, case .improvement(_, let benchmark, let rule) = shortfall.need else { return true }
                    return !Grader.meets(target, benchmark, direction: kpi.direction, comparison: rule)
                }
            }
            shortfalls += implies ? Array(missing.suffix(1)) : missing
            let rank: Int
            if shortfalls.isEmpty {
                rank = 0
            } else if failing {
                rank = 2
            } else if evidence.value == nil {
                rank = 4
            } else {
                rank = isMain ? 1 : 3
            }
            return Candidate(kpi: kpi, isMain: isMain, shortfalls: shortfalls, rank: rank, relative: relative, declared: declared)
        }
        let minimum = pack.interpretation.mainIndicatorsMinimumCount
        var chosen = candidates.filter { $0.isMain && $0.rank == 0 }
        if chosen.count < minimum {
            let others = candidates.filter { !($0.isMain && $0.rank == 0) }.sorted { lhs, rhs in
                if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
                if lhs.relative != rhs.relative { return lhs.relative < rhs.relative }
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
            neededBy: neededBy,
            declaredConditions: ordered.flatMap(\.declared))
    }
}
