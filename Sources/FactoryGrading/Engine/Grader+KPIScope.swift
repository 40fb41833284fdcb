extension Grader {
    func kpiScopeOutcome(_ rule: Rule, scope: KPIScope?, scopeID: String, _ resolved: ResolvedAssessment) -> RuleOutcome {
        let minimum = pack.interpretation.mainIndicatorsMinimumCount
        guard let scope else {
            let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: [], undecided: 0)
            return RuleOutcome(rule: rule, outcome: .undetermined, detail: .kpiScope(detail))
        }
        var indicators: [IndicatorComparison] = []
        indicators.reserveCapacity(resolved.mainIndicators.count)
        for main in resolved.mainIndicators {
            let kpi = pack.kpis[main.position]
            indicators.append(compare(id: kpi.id, direction: kpi.direction, value: resolved.kpis[main.position]?.value, main.comparisons, scope.rank - 1))
        }
        let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: indicators, undecided: resolved.undecided)
        let outcome: Outcome
        if indicators.contains(where: { $0.outcome == .notMet }) {
            outcome = .notMet
        } else if indicators.count < minimum {
            outcome = indicators.count + resolved.undecided >= minimum ? .undetermined : .notMet
        } else if indicators.contains(where: { $0.outcome == .undetermined }) {
            outcome = .undetermined
        } else {
            outcome = .met
        }
        var conditions: [Condition] = []
        if outcome == .met {
            for indicator in indicators {
                if case .declared(let declaredScope, true, _) = indicator.basis {
                    conditions.append(.declaredComparison(kpi: indicator.kpi, scope: declaredScope))
                }
            }
        }
        return RuleOutcome(rule: rule, outcome: outcome, detail: .kpiScope(detail), conditions: conditions)
    }

    /// Compares one KPI result with a benchmark scope.
    ///
    /// Uses the scope's own benchmark or declaration first; failing that, and when
    /// `kpiScope.higherScopeImpliesLower` is set, a higher scope met counts as met and a lower scope
    /// failed counts as failed.
    public func compare(_ kpi: KPI, _ entry: KPIEntry?, with scope: KPIScope) -> IndicatorComparison {
        compare(id: kpi.id, direction: kpi.direction, entry, with: scope)
    }

    func compare(id: String, direction: KPI.Direction, _ entry: KPIEntry?, with scope: KPIScope) -> IndicatorComparison {
        let comparisons = entry.map { entry in pack.kpiScopes.map { entry.comparisons[$0.id] } } ?? []
        return compare(id: id, direction: direction, value: entry?.value, comparisons, scope.rank - 1)
    }

    /// `comparisons` holds the KPI's comparison for each scope, by scope position; `target` is the scope asked for.
    func compare(id: String, direction: KPI.Direction, value: Double?, _ comparisons: [KPIComparison?], _ target: Int)
        -> IndicatorComparison
    {
        guard !comparisons.isEmpty else { return IndicatorComparison(kpi: id, value: value, outcome: .undetermined, basis: .missing) }
        if let direct = directComparison(id, direction, value, comparisons[target], target) { return direct }
        if pack.interpretation.higherScopeImpliesLower {
            for higher in (target + 1)..<comparisons.count {
                if let result = directComparison(id, direction, value, comparisons[higher], higher), result.outcome == .met { return result }
            }
            for lower in stride(from: target - 1, through: 0, by: -1) {
                if let result = directComparison(id, direction, value, comparisons[lower], lower), result.outcome == .notMet { return result }
            }
        }
        return IndicatorComparison(kpi: id, value: value, outcome: .undetermined, basis: .missing)
    }

    private func directComparison(_ id: String, _ direction: KPI.Direction, _ value: Double?, _ comparison: KPIComparison?, _ scope: Int)
        -> IndicatorComparison?
    {
        guard let comparison else { return nil }
        let scopeID = pack.kpiScopes[scope].id
        switch comparison {
        case .declared(let meets, let evidence):
            return IndicatorComparison(
                kpi: id, value: value, outcome: meets ? .met : .notMet, basis: .declared(scope: scopeID, meets: meets, evidence: evidence))
        case .benchmark(let benchmark, let source):
            let rule = pack.kpiScopes[scope].kind == .average ? pack.interpretation.averageComparison : pack.interpretation.leadingComparison
            let basis = ComparisonBasis.benchmark(scope: scopeID, value: benchmark, source: source, comparison: rule)
            guard let value else { return IndicatorComparison(kpi: id, value: nil, outcome: .undetermined, basis: basis) }
            let meets = Self.meets(value, benchmark, direction: direction, comparison: rule)
            return IndicatorComparison(kpi: id, value: value, outcome: meets ? .met : .notMet, basis: basis)
        }
    }

    /// The comparison the pack's parameters set for `scope`.
    public func comparisonRule(for scope: KPIScope) -> InterpretationParameters.Comparison {
        scope.kind == .average ? pack.interpretation.averageComparison : pack.interpretation.leadingComparison
    }

    /// Whether `value` is better than (or, with `atLeast`, as good as) `benchmark` in `direction`.
    public static func meets(
        _ value: Double, _ benchmark: Double, direction: KPI.Direction, comparison: InterpretationParameters.Comparison
    ) -> Bool {
        switch (direction, comparison) {
        case (.higherIsBetter, .greaterThan): value > benchmark
        case (.higherIsBetter, .atLeast): value >= benchmark
        case (.lowerIsBetter, .greaterThan): value < benchmark
        case (.lowerIsBetter, .atLeast): value <= benchmark
        }
    }
}
