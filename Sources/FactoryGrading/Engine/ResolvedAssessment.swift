/// One assessment's answers and KPI entries laid out by pack position, built once per grade.
struct ResolvedAssessment {
    /// A KPI presented as a main indicator: its pack position and effective value.
    struct MainIndicator {
        var position: Int
        /// Where its entry lies in the assessment's ``IdentifierMap/entries``.
        var entry: Int
        var value: Double?
        var origin: KPIValueOrigin
    }

    var statuses: [AnswerStatus?]
    /// Why each KPI's raw inputs compute to no value, by pack position; empty while every computation
    /// has a value.
    var undefined: [KPIComputation.UndefinedReason?]
    /// The KPIs presented as main indicators, in pack order.
    var mainIndicators: [MainIndicator]
    /// The evidence of every main indicator for every scope: main indicator `i`'s for scope `s` at
    /// `i * scopeCount + s`.
    var evidence: [ScopeEvidence]
    /// What each element of ``evidence`` says, at the same place.
    var outcomes: [Outcome?]
    /// KPIs whose main-indicator choice is not made.
    var undecided: Int

    /// `assessment` laid out for `grader`.
    init(_ assessment: borrowing Assessment, grader: borrowing Grader) {
        statuses = Array(repeating: nil, count: grader.pack.items.count)
        let answers = assessment.answers.entries
        var next = 0
        for index in answers.indices {
            let (key, hash) = (answers[index].key, answers[index].hash)
            guard let position = grader.plan.itemOrder.position(of: key, hash: hash, expected: next, lookup: { grader.pack.itemPosition(key, hash: hash) })
            else { continue }
            statuses[position] = answers[index].value.status
            next = position + 1
        }
        undefined = []
        mainIndicators = []
        evidence = []
        outcomes = []
        undecided = grader.pack.kpis.count
        assessment.kpis.entries.withUnsafeBufferPointer { kpis in resolveKPIs(kpis, grader: grader) }
        if !mainIndicators.indices.dropFirst().allSatisfy({ mainIndicators[$0 - 1].position < mainIndicators[$0].position }) {
            mainIndicators.sort { $0.position < $1.position }
        }
        guard !mainIndicators.isEmpty else { return }
        let query = grader.benchmarkQuery(assessment.profile)
        assessment.kpis.entries.withUnsafeBufferPointer { kpis in gatherEvidence(kpis, grader: grader, query: query) }
    }

    private mutating func resolveKPIs(_ kpis: UnsafeBufferPointer<IdentifierMap<KPIEntry>.Entry>, grader: borrowing Grader) {
        var next = 0
        for index in kpis.indices {
            let (key, hash) = (kpis[index].key, kpis[index].hash)
            guard let position = grader.plan.kpiOrder.position(of: key, hash: hash, expected: next, lookup: { grader.pack.kpiPosition(key, hash: hash) })
            else { continue }
            next = position + 1
            let (value, origin) = grader.effectiveValue(position: position, entered: kpis[index].value.value, raw: kpis[index].value.raw)
            if case .undefined(let reason) = origin {
                if undefined.isEmpty { undefined = Array(repeating: nil, count: grader.pack.kpis.count) }
                undefined[position] = reason
            }
            guard let main = kpis[index].value.main else { continue }
            undecided -= 1
            if main {
                if mainIndicators.isEmpty { mainIndicators.reserveCapacity(kpis.count - index) }
                mainIndicators.append(MainIndicator(position: position, entry: index, value: value, origin: origin))
            }
        }
    }

    private mutating func gatherEvidence(
        _ kpis: UnsafeBufferPointer<IdentifierMap<KPIEntry>.Entry>, grader: borrowing Grader, query: BenchmarkTable.Query?
    ) {
        let scopeCount = grader.plan.scopes.count
        evidence.reserveCapacity(mainIndicators.count * scopeCount)
        outcomes.reserveCapacity(mainIndicators.count * scopeCount)
        for index in mainIndicators.indices {
            let position = mainIndicators[index].position
            let direction = grader.plan.kpis[position].direction
            let comparisons = kpis[mainIndicators[index].entry].value.comparisons
            for scope in 0..<scopeCount {
                let found = grader.scopeEvidence(position: position, scope: scope, comparisons: comparisons, query: query)
                outcomes.append(grader.outcome(of: found, value: mainIndicators[index].value, direction: direction, scope: scope))
                evidence.append(found)
            }
        }
    }
}
