extension Grader {
    func kpiScopeOutcome(_ rule: Rule, scope: KPIScope?, scopeID: String, _ resolved: ResolvedAssessment) -> RuleOutcome {
        let minimum = pack.interpretation.mainIndicatorsMinimumCount
        guard let scope else {
            let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: [], undecided: 0)
            return RuleOutcome(rule: rule, outcome: .undetermined, detail: .kpiScope(detail))
        }
        var indicators: [IndicatorComparison] = []
        indicators.reserveCapacity(resolved.mainIndicators.count)
        for index in resolved.mainIndicators.indices {
            let position = resolved.mainIndicators[index].position
            let evidence = resolved.mainIndicators[index].evidence
            indicators.append(compare(id: plan.kpis[position].id, direction: plan.kpis[position].direction, evidence, scope.rank - 1))
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
            for index in indicators.indices {
                if case .declared(let declaredScope, true, _) = indicators[index].basis {
                    conditions.append(.declaredComparison(kpi: indicators[index].kpi, scope: declaredScope))
                }
            }
        }
        return RuleOutcome(rule: rule, outcome: outcome, detail: .kpiScope(detail), conditions: conditions)
    }

    /// Compares one KPI of `assessment` with a benchmark scope.
    ///
    /// Uses the scope's own evidence first (a benchmark-table row, the assessment's benchmark, or its
    /// declaration); failing that, and when `kpiScope.higherScopeImpliesLower` is set, a higher scope met
    /// counts as met and a lower scope failed counts as failed.
    public func compare(_ kpi: KPI, in assessment: Assessment, with scope: KPIScope) -> IndicatorComparison {
        guard let position = pack.kpiPosition(kpi.id) else {
            return IndicatorComparison(kpi: kpi.id, value: nil, outcome: .undetermined, basis: .missing)
        }
        let evidence = evidence(position: position, entry: assessment.kpis[kpi.id], profile: assessment.profile)
        return compare(id: kpi.id, direction: kpi.direction, evidence, scope.rank - 1)
    }

    /// `evidence.scopes` holds the KPI's evidence for each scope, by scope position; `target` is the scope asked for.
    func compare(id: String, direction: KPI.Direction, _ evidence: KPIEvidence, _ target: Int) -> IndicatorComparison {
        /// What the evidence for `scope` says, if there is any.
        func outcome(_ scope: Int) -> Outcome? {
            let benchmark: Double
            switch evidence.scopes[scope] {
            case nil: return nil
            case .declared(let meets, _)?: return meets ? .met : .notMet
            case .table(let row)?: benchmark = row.value
            case .benchmark(let value, _)?: benchmark = value
            }
            guard let value = evidence.value else { return .undetermined }
            return Self.meets(value, benchmark, direction: direction, comparison: plan.scopes[scope].comparison) ? .met : .notMet
        }
        /// The comparison resting on `scope`'s evidence, which says `outcome`.
        func result(_ scope: Int, _ outcome: Outcome) -> IndicatorComparison {
            let (scopeID, rule) = (plan.scopes[scope].id, plan.scopes[scope].comparison)
            let basis: ComparisonBasis =
                switch evidence.scopes[scope] {
                case .declared(let meets, let text)?: .declared(scope: scopeID, meets: meets, evidence: text)
                case .table(let row)?: .table(scope: scopeID, row: row, comparison: rule)
                case .benchmark(let value, let source)?: .benchmark(scope: scopeID, value: value, source: source, comparison: rule)
                case nil: .missing
                }
            return IndicatorComparison(kpi: id, value: evidence.value, outcome: outcome, basis: basis, origin: evidence.origin)
        }
        if let found = outcome(target) { return result(target, found) }
        if pack.interpretation.higherScopeImpliesLower {
            for higher in (target + 1)..<evidence.scopes.count where outcome(higher) == .met { return result(higher, .met) }
            for lower in stride(from: target - 1, through: 0, by: -1) where outcome(lower) == .notMet { return result(lower, .notMet) }
        }
        return IndicatorComparison(kpi: id, value: evidence.value, outcome: .undetermined, basis: .missing, origin: evidence.origin)
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
