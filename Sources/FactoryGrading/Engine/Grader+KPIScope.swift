extension Grader {
    /// `target` is the scope's position among each main indicator's evidence; `nil` for a scope not in the pack.
    func kpiScopeOutcome(_ rule: Rule, target: Int?, scopeID: String, _ resolved: ResolvedAssessment) -> RuleOutcome {
        let minimum = plan.mainIndicatorsMinimumCount
        guard let target else {
            let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: [], undecided: 0)
            return RuleOutcome(rule: rule, outcome: .undetermined, detail: .kpiScope(detail))
        }
        let scopeCount = plan.scopes.count
        var indicators: [IndicatorComparison] = []
        indicators.reserveCapacity(resolved.mainIndicators.count)
        var anyNotMet = false
        var anyUndetermined = false
        var anyDeclared = false
        precondition(resolved.mainIndicators.isEmpty || (0..<scopeCount).contains(target), "scope position \(target) is outside the pack's scopes")
        for index in resolved.mainIndicators.indices {
            let start = index * scopeCount
            let (outcome, basis): (Outcome, ComparisonBasis) =
                basedScope(target: target, count: scopeCount, { resolved.outcomes[start + $0] }).map { scope, outcome in
                    (outcome, self.basis(resolved.evidence[start + scope], scope: scope))
                } ?? (.undetermined, .missing)
            if case .declared(_, true, _) = basis { anyDeclared = true }
            anyNotMet = anyNotMet || outcome == .notMet
            anyUndetermined = anyUndetermined || outcome == .undetermined
            indicators.append(
                IndicatorComparison(
                    kpi: plan.kpis[resolved.mainIndicators[index].position].id, value: resolved.mainIndicators[index].value,
                    outcome: outcome, basis: basis, origin: resolved.mainIndicators[index].origin))
        }
        let outcome: Outcome
        if anyNotMet {
            outcome = .notMet
        } else if indicators.count < minimum {
            outcome = indicators.count + resolved.undecided >= minimum ? .undetermined : .notMet
        } else if anyUndetermined {
            outcome = .undetermined
        } else {
            outcome = .met
        }
        var conditions: [Condition] = []
        if outcome == .met, anyDeclared {
            for index in indicators.indices {
                if case .declared(let declaredScope, true, _) = indicators[index].basis {
                    conditions.append(.declaredComparison(kpi: indicators[index].kpi, scope: declaredScope))
                }
            }
        }
        let detail = KPIScopeDetail(scope: scopeID, minimumCount: minimum, indicators: indicators, undecided: resolved.undecided)
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
        let based = basedScope(target: target, count: evidence.scopes.count) { scope in
            outcome(of: evidence.scopes[scope], value: evidence.value, direction: direction, scope: scope)
        }
        guard let (scope, outcome) = based else {
            return IndicatorComparison(kpi: id, value: evidence.value, outcome: .undetermined, basis: .missing, origin: evidence.origin)
        }
        return IndicatorComparison(
            kpi: id, value: evidence.value, outcome: outcome, basis: basis(evidence.scopes[scope], scope: scope), origin: evidence.origin)
    }

    /// The scope a comparison with scope `target` rests on, and what its evidence says: `target`'s own
    /// evidence first; failing that, and when `kpiScope.higherScopeImpliesLower` is set, a higher scope
    /// met or a lower scope failed. `outcome` tells what the evidence for each of `count` scopes says.
    func basedScope(target: Int, count: Int, _ outcome: (Int) -> Outcome?) -> (scope: Int, outcome: Outcome)? {
        if let found = outcome(target) { return (target, found) }
        if plan.higherScopeImpliesLower {
            for higher in (target + 1)..<count where outcome(higher) == .met { return (higher, .met) }
            for lower in stride(from: target - 1, through: 0, by: -1) where outcome(lower) == .notMet { return (lower, .notMet) }
        }
        return nil
    }

    /// What `evidence` for `scope` says of a KPI with `value` in `direction`, if there is evidence.
    func outcome(of evidence: ScopeEvidence, value: Double?, direction: KPI.Direction, scope: Int) -> Outcome? {
        let benchmark: Double
        switch evidence {
        case .missing: return nil
        case .declared(let meets, _): return meets ? .met : .notMet
        case .table(let row): benchmark = row.value
        case .benchmark(let value, _): benchmark = value
        }
        guard let value else { return .undetermined }
        return Self.meets(value, benchmark, direction: direction, comparison: plan.scopes[scope].comparison) ? .met : .notMet
    }

    /// The basis of a comparison resting on `evidence` for `scope`.
    func basis(_ evidence: ScopeEvidence, scope: Int) -> ComparisonBasis {
        switch evidence {
        case .declared(let meets, let text): .declared(scope: plan.scopes[scope].id, meets: meets, evidence: text)
        case .table(let row): .table(scope: plan.scopes[scope].id, row: row, comparison: plan.scopes[scope].comparison)
        case .benchmark(let value, let source):
            .benchmark(scope: plan.scopes[scope].id, value: value, source: source, comparison: plan.scopes[scope].comparison)
        case .missing: .missing
        }
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
