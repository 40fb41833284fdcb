extension Grader {
    /// `areas` is where the tier's area plans lie in the plan's ``GradingPlan/areas``.
    func coverageOutcome(
        _ rule: Rule, tier: String, areas plans: Range<Int>, exceptionsAllowed: Bool, _ resolved: ResolvedAssessment
    ) -> RuleOutcome {
        var areas: [AreaCoverage] = []
        areas.reserveCapacity(plans.count)
        for index in plans { areas.append(areaCoverage(index, exceptionsAllowed: exceptionsAllowed, resolved)) }
        let maxExceptedAreas = plan.maxExceptedAreas
        var anyNotCovered = false
        var anyUnknown = false
        var exceptedCount = 0
        for index in areas.indices where areas[index].required {
            switch areas[index].status {
            case .notCovered: anyNotCovered = true
            case .unknown: anyUnknown = true
            case .excepted: exceptedCount += 1
            case .covered: break
            }
        }
        let outcome: Outcome
        if anyNotCovered || exceptedCount > maxExceptedAreas {
            outcome = .notMet
        } else if anyUnknown {
            outcome = .undetermined
        } else {
            outcome = .met
        }
        var conditions: [Condition] = []
        if outcome == .met, exceptedCount > 0 {
            conditions.reserveCapacity(exceptedCount)
            for index in areas.indices where areas[index].required && areas[index].status == .excepted {
                conditions.append(.areaException(tier: tier, area: areas[index].area, items: areas[index].excepted))
            }
        }
        let detail = CoverageDetail(areas: areas, exceptionsAllowed: exceptionsAllowed, maxExceptedAreas: maxExceptedAreas)
        return RuleOutcome(rule: rule, outcome: outcome, detail: .coverage(detail), conditions: conditions)
    }

    /// The coverage of the area whose plan is at `area` in the plan's ``GradingPlan/areas``.
    func areaCoverage(_ area: Int, exceptionsAllowed: Bool, _ resolved: ResolvedAssessment) -> AreaCoverage {
        let items = plan.areas[area].items
        var counts = (notMet: 0, excepted: 0, unanswered: 0)
        for index in items.indices {
            switch resolved.statuses[items[index].position] {
            case .met?: break
            case .notMet?: counts.notMet += 1
            case .excepted?: counts.excepted += 1
            case nil: counts.unanswered += 1
            }
        }
        var notMet: [String] = []
        var excepted: [String] = []
        var unanswered: [String] = []
        if counts != (0, 0, 0) {
            if counts.notMet > 0 { notMet.reserveCapacity(counts.notMet) }
            if counts.excepted > 0 { excepted.reserveCapacity(counts.excepted) }
            if counts.unanswered > 0 { unanswered.reserveCapacity(counts.unanswered) }
            for index in items.indices {
                switch resolved.statuses[items[index].position] {
                case .met?: break
                case .notMet?: notMet.append(items[index].id)
                case .excepted?: excepted.append(items[index].id)
                case nil: unanswered.append(items[index].id)
                }
            }
        }
        let status: AreaCoverage.Status
        if !notMet.isEmpty || (!excepted.isEmpty && !exceptionsAllowed) {
            status = .notCovered
        } else if !unanswered.isEmpty {
            status = .unknown
        } else if !excepted.isEmpty {
            status = .excepted
        } else {
            status = .covered
        }
        return AreaCoverage(
            area: plan.areas[area].area, required: plan.areas[area].required, status: status, itemCount: items.count, notMet: notMet,
            excepted: excepted, unanswered: unanswered)
    }
}
