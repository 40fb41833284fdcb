@testable import FactoryGrading

/// Facts about a pack that the builders and tests derive from its rules instead of hard-coding.
extension CriteriaPack {
    /// 1 for the lowest tier; 0 for `nil` ("no tier").
    func rank(of tierID: String?) -> Int { tierID.flatMap(tier)?.rank ?? 0 }

    /// The tier one rank below `tierID`, or `nil` below the lowest.
    func tierID(below tierID: String) -> String? { tier(tierID).flatMap { tier(below: $0) }?.id }

    var baseItems: [Item] { items.filter { $0.kind == .base } }

    /// The rank of the tier an item belongs to; base items count as rank 0 (every tier needs them).
    func rank(ofItem item: Item) -> Int { rank(of: item.tier) }

    /// The maturity level the tier's own gate asks for.
    func minimumMaturity(for tierID: String) -> Int? {
        tier(tierID)?.rules.lazy.compactMap { rule -> Int? in
            if case .maturityGate(let level) = rule.kind { return level }
            return nil
        }.first
    }

    /// The KPI scope the tier's main indicators are measured against.
    func kpiScope(for tierID: String) -> KPIScope? {
        tier(tierID)?.rules.lazy.compactMap { rule -> KPIScope? in
            if case .kpiScope(let id) = rule.kind { return scope(id) }
            return nil
        }.first
    }

    /// The tier's coverage rule, if it has one.
    func coverageRule(for tierID: String) -> (requiredAreas: [String], exceptions: Rule.ExceptionPolicy)? {
        tier(tierID)?.rules.lazy.compactMap { rule -> ([String], Rule.ExceptionPolicy)? in
            if case .coverage(let areas, let policy) = rule.kind { return (areas, policy) }
            return nil
        }.first
    }

    /// Construction items of the tier in the areas its coverage rule requires.
    func requiredConstructionItems(for tierID: String) -> [Item] {
        let required = coverageRule(for: tierID)?.requiredAreas ?? []
        return items.filter { $0.kind == .construction && $0.tier == tierID && required.contains($0.area ?? "") }
    }

    /// Construction items of the tier in areas its coverage rule does not require.
    func optionalConstructionItems(for tierID: String) -> [Item] {
        let required = coverageRule(for: tierID)?.requiredAreas ?? []
        return items.filter { $0.kind == .construction && $0.tier == tierID && !required.contains($0.area ?? "") }
    }

    /// The outcome items the tier's item rules name.
    func outcomeItems(for tierID: String) -> [Item] {
        (tier(tierID)?.rules ?? []).compactMap { rule -> Item? in
            guard case .item(let id) = rule.kind, let item = item(id), item.kind == .outcome else { return nil }
            return item
        }
    }
}

/// Builds assessments in code.
enum Build {
    static let benchmarkSource = "河北省工信厅 2024 年行业统计"

    /// A profile that passes every check and raises no consistency warning.
    static var profile: Profile {
        Profile(
            enterpriseName: "唐山示例装备制造有限公司", creditCode: Fixtures.validCreditCode, regionCode: "130200",
            industryCode: "C3484", manufacturingType: .discrete, annualRevenue: 350_000_000, assessor: "王工",
            assessmentDate: "2025-09-15")
    }

    /// An official maturity result at `level`, with a score inside the level's band.
    static func officialMaturity(_ level: Int) -> MaturityResult {
        MaturityResult(level: level, score: Double(level) + 0.3, source: .official, reportNumber: "CMMM-2025-0815", reportDate: "2025-08-15")
    }

    static func benchmark(_ value: Double) -> KPIComparison { .benchmark(value: value, source: benchmarkSource) }

    /// A benchmark for `kpi` that a value of 50 meets under every comparison (or fails, when `meets` is false).
    static func benchmark(for kpi: KPI, meets: Bool) -> KPIComparison {
        let better = kpi.direction == .higherIsBetter ? 40.0 : 60.0
        let worse = kpi.direction == .higherIsBetter ? 60.0 : 40.0
        return benchmark(meets ? better : worse)
    }

    /// An assessment that reaches exactly `tierID` (`nil`: no tier) with no undetermined rule:
    /// base items met, every construction and outcome item of a tier up to `tierID` met and every
    /// higher one not met, an official maturity level that is just enough, and three main indicators
    /// (the first three KPIs, value 50) meeting every benchmark scope up to the tier's and failing the
    /// higher ones; every other KPI is decided as not a main indicator.
    static func reaching(_ tierID: String?, pack: CriteriaPack) -> Assessment {
        let rank = pack.rank(of: tierID)
        var answers: IdentifierMap<Answer> = [:]
        for item in pack.items {
            let met = item.kind == .base ? rank > 0 : pack.rank(ofItem: item) <= rank
            answers[item.id] = Answer(met ? .met : .notMet)
        }
        let level = pack.tiers.filter { $0.rank <= rank }.compactMap { pack.minimumMaturity(for: $0.id) }.max() ?? 1
        let scopeRank = tierID.flatMap { pack.kpiScope(for: $0) }?.rank ?? 0
        var kpis: IdentifierMap<KPIEntry> = [:]
        for (index, kpi) in pack.kpis.enumerated() {
            guard index < 3 else {
                kpis[kpi.id] = KPIEntry(value: nil, main: false)
                continue
            }
            var comparisons: IdentifierMap<KPIComparison> = [:]
            for scope in pack.kpiScopes { comparisons[scope.id] = benchmark(for: kpi, meets: scope.rank <= scopeRank) }
            kpis[kpi.id] = KPIEntry(value: 50, main: true, comparisons: comparisons)
        }
        return Assessment(
            pack: pack.reference, profile: profile, answers: answers, maturity: officialMaturity(level), kpis: kpis)
    }
}

extension Assessment {
    /// A copy with `item` answered `status` (`nil` removes the answer).
    func with(_ item: String, _ status: AnswerStatus?, justification: String? = nil) -> Assessment {
        var copy = self
        copy.answers[item] = status.map { Answer($0, justification: justification ?? ($0 == .excepted ? "该环节不适用于本企业的连续流程工艺" : nil)) }
        return copy
    }

    /// A copy with every item in `items` answered `status`.
    func with(_ items: [Item], _ status: AnswerStatus?) -> Assessment {
        items.reduce(self) { $0.with($1.id, status) }
    }

    /// A copy with the KPI entry for `kpi` replaced (`nil` removes it).
    func with(kpi: String, _ entry: KPIEntry?) -> Assessment {
        var copy = self
        copy.kpis[kpi] = entry
        return copy
    }

    /// A copy with `maturity` replaced.
    func with(maturity: MaturityResult?) -> Assessment {
        var copy = self
        copy.maturity = maturity
        return copy
    }

    /// A copy with no KPI entries at all.
    func withoutKPIs() -> Assessment {
        var copy = self
        copy.kpis = [:]
        return copy
    }
}

extension GradingResult {
    /// The outcome of the rule with `id`, whichever tier it belongs to.
    func outcome(_ ruleID: String) -> RuleOutcome? {
        for verdict in tiers { if let outcome = verdict.rules.first(where: { $0.rule.id == ruleID }) { return outcome } }
        return nil
    }
}
