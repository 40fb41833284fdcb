extension Grader {
    func kpiScopeOutcome(_ rule: Rule, scopeID: String, assessment: Assessment) -> RuleOutcome {
        let minimum = pack.interpretation.mainIndicatorsMinimumCount
        guard let scope = pack.scope(scopeID) else {
            let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: [], undecided: 0)
            return RuleOutcome(rule: rule, outcome: .undetermined, detail: .kpiScope(detail))
        }
        var indicators: [IndicatorComparison] = []
        var undecided = 0
        for kpi in pack.kpis {
            let entry = assessment.kpis[kpi.id]
            switch entry?.main {
            case true?: indicators.append(compare(kpi, entry, with: scope))
            case nil: undecided += 1
            case false?: break
            }
        }
        let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: indicators, undecided: undecided)
        let outcome: Outcome
        if indicators.contains(where: { $0.outcome == .notMet }) {
            outcome = .notMet
        } else if indicators.count < minimum {
            outcome = indicators.count + undecided >= minimum ? .undetermined : .notMet
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
        let value = entry?.value
        if let direct = directComparison(kpi, entry, scope) { return direct }
        if pack.interpretation.higherScopeImpliesLower, let entry {
            for higher in pack.kpiScopes where higher.rank > scope.rank {
                if let result = directComparison(kpi, entry, higher), result.outcome == .met { return result }
            }
            for lower in pack.kpiScopes.reversed() where lower.rank < scope.rank {
                if let result = directComparison(kpi, entry, lower), result.outcome == .notMet { return result }
            }
        }
        return IndicatorComparison(kpi: kpi.id, value: value, outcome: .undetermined, basis: .missing)
    }

    private func directComparison(_ kpi: KPI, _ entry: KPIEntry?, _ scope: KPIScope) -> IndicatorComparison? {
        guard let entry, let comparison = entry.comparisons[scope.id] else { return nil }
        switch comparison {
        case .declared(let meets, let evidence):
            return IndicatorComparison(
                kpi: kpi.id, value: entry.value, outcome: meets ? .met : .notMet,
                basis: .declared(scope: scope.id, meets: meets, evidence: evidence))
        case .benchmark(let benchmark, let source):
            let rule = comparisonRule(for: scope)
            let basis = ComparisonBasis.benchmark(scope: scope.id, value: benchmark, source: source, comparison: rule)
            guard let value = entry.value else {
                return IndicatorComparison(kpi: kpi.id, value: nil, outcome: .undetermined, basis: basis)
            }
            let meets = Self.meets(value, benchmark, direction: kpi.direction, comparison: rule)
            return IndicatorComparison(kpi: kpi.id, value: value, outcome: meets ? .met : .notMet, basis: basis)
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
