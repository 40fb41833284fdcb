/// One KPI of an assessment: its value (entered or computed), and how it compares with every benchmark scope.
public struct KPIResult: Sendable, Equatable {
    public var kpi: String
    public var value: Double?
    public var origin: KPIValueOrigin
    public var raw: KPIRawInputs?
    /// Presented as a main indicator; `nil` while undecided.
    public var main: Bool?
    /// One comparison per benchmark scope, lowest scope first.
    public var comparisons: [IndicatorComparison]
}

extension Grader {
    /// The value of `kpi` for `entry`: entered, or computed from raw inputs; `nil` when unknown or undefined.
    public func kpiValue(_ kpi: KPI, entry: KPIEntry?) -> Double? {
        guard let raw = entry?.raw else { return entry?.value }
        if case .value(let value) = kpi.formula.compute(raw) { return value }
        return nil
    }

    /// Every KPI of the pack for `assessment`, in pack order, compared with every scope (with the
    /// grader's benchmark table when it has one).
    public func kpiResults(_ assessment: Assessment) -> [KPIResult] {
        pack.kpis.enumerated().map { position, kpi in
            let entry = assessment.kpis[kpi.id]
            let evidence = evidence(position: position, entry: entry, profile: assessment.profile)
            let comparisons = pack.kpiScopes.indices.map { compare(id: kpi.id, direction: kpi.direction, evidence, $0) }
            return KPIResult(
                kpi: kpi.id, value: evidence.value, origin: evidence.origin, raw: entry?.raw, main: entry?.main, comparisons: comparisons)
        }
    }
}
