extension Grader {
    func coverageOutcome(
        _ rule: Rule, tier: String, areas plans: [GradingPlan.AreaPlan], exceptionsAllowed: Bool, _ resolved: ResolvedAssessment
    ) -> RuleOutcome {
        let areas = plans.map { areaCoverage($0, exceptionsAllowed: exceptionsAllowed, resolved) }
        let detail = CoverageDetail(
            areas: areas, exceptionsAllowed: exceptionsAllowed, maxExceptedAreas: pack.interpretation.maxExceptedAreas)
        var anyNotCovered = false
        var anyUnknown = false
        var excepted: [AreaCoverage] = []
        for index in areas.indices where areas[index].required {
            switch areas[index].status {
            case .notCovered: anyNotCovered = true
            case .unknown: anyUnknown = true
            case .excepted: excepted.append(areas[index])
            case .covered: break
            }
        }
        let outcome: Outcome
        if anyNotCovered || excepted.count > detail.maxExceptedAreas {
            outcome = .notMet
        } else if anyUnknown {
            outcome = .undetermined
        } else {
            outcome = .met
        }
        let conditions = outcome == .met ? excepted.map { Condition.areaException(tier: tier, area: $0.area, items: $0.excepted) } : []
        return RuleOutcome(rule: rule, outcome: outcome, detail: .coverage(detail), conditions: conditions)
    }

    func areaCoverage(_ plan: GradingPlan.AreaPlan, exceptionsAllowed: Bool, _ resolved: ResolvedAssessment) -> AreaCoverage {
        var counts = (notMet: 0, excepted: 0, unanswered: 0)
        for index in plan.items.indices {
            switch resolved.statuses[plan.items[index].position] {
            case .met?: break
            case .notMet?: counts.notMet += 1
            case .excepted?: counts.excepted += 1
            case nil: counts.unanswered += 1
            }
        }
        var notMet: [String] = []
        var excepted: [String] = []
        var unanswered: [String] = []
        notMet.reserveCapacity(counts.notMet)
        excepted.reserveCapacity(counts.excepted)
        unanswered.reserveCapacity(counts.unanswered)
        for index in plan.items.indices where counts != (0, 0, 0) {
            switch resolved.statuses[plan.items[index].position] {
            case .met?: break
            case .notMet?: notMet.append(plan.items[index].id)
            case .excepted?: excepted.append(plan.items[index].id)
            case nil: unanswered.append(plan.items[index].id)
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
            area: plan.area, required: plan.required, status: status, itemCount: plan.items.count, notMet: notMet, excepted: excepted,
            unanswered: unanswered)
    }
}
