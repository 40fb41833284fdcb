/// What one KPI's comparison with one benchmark scope rests on, before comparing.
enum ScopeEvidence: Sendable {
    /// Boxed, so that evidence stays small to copy: a table row is the rare case.
    indirect case table(BenchmarkTable.Row)
    case benchmark(value: Double, source: String)
    case declared(meets: Bool, evidence: String)
    case missing
}

/// One KPI's effective value and the evidence for each benchmark scope, by scope position.
struct KPIEvidence: Sendable {
    var value: Double?
    var origin: KPIValueOrigin
    var scopes: [ScopeEvidence]
}

extension Grader {
    /// A KPI's effective value (entered, or computed from raw inputs) and its evidence for every scope:
    /// a benchmark-table row first, then the assessment's benchmark, then its declaration.
    func evidence(position: Int, entry: KPIEntry?, profile: Profile) -> KPIEvidence {
        let (value, origin) = effectiveValue(position: position, entered: entry?.value, raw: entry?.raw)
        let query = benchmarkQuery(profile)
        let comparisons = entry?.comparisons ?? [:]
        let scopes = plan.scopes.indices.map { scopeEvidence(position: position, scope: $0, comparisons: comparisons, query: query) }
        return KPIEvidence(value: value, origin: origin, scopes: scopes)
    }

    /// The value of the KPI at `position` and where it comes from: `entered`, unless `raw` inputs are given,
    /// then what its formula computes from them (no value when the formula has none).
    func effectiveValue(position: Int, entered: Double?, raw: KPIRawInputs?) -> (value: Double?, origin: KPIValueOrigin) {
        guard let raw else { return (entered, .entered) }
        switch plan.kpis[position].formula.compute(raw) {
        case .value(let computed): return (computed, .computed)
        case .undefined(let reason): return (nil, .undefined(reason))
        }
    }

    /// The evidence of the KPI at `position` for the scope at `scope`: a benchmark-table row first, then
    /// the benchmark or declaration among `comparisons` (the KPI entry's); `query` is
    /// ``benchmarkQuery(_:)`` of the assessment.
    func scopeEvidence(position: Int, scope: Int, comparisons: IdentifierMap<KPIComparison>, query: BenchmarkTable.Query?) -> ScopeEvidence {
        if let query, !benchmarkRows[position][scope].isEmpty,
            let row = benchmarks?.best(among: benchmarkRows[position][scope], provincial: plan.scopes[scope].provincial, query)
        {
            return .table(row)
        }
        switch comparisons.isEmpty ? nil : comparisons.value(for: plan.scopes[scope].id, hash: plan.scopes[scope].hash) {
        case .benchmark(let benchmark, let source)?: return .benchmark(value: benchmark, source: source)
        case .declared(let meets, let evidence)?: return .declared(meets: meets, evidence: evidence)
        case nil: return .missing
        }
    }
}
