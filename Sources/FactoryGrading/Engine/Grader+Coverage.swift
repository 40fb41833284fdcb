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
        let plan = plan.areas[area]
        guard plan.items.count <= 64 else { return listedCoverage(plan, exceptionsAllowed: exceptionsAllowed, resolved) }
        var marks: (notMet: UInt64, excepted: UInt64, unanswered: UInt64) = (0, 0, 0)
        plan.items.withUnsafeBufferPointer { items in
            for index in items.indices {
                let bit: UInt64 = 1 << UInt64(index)
                switch resolved.statuses[items[index].position] {
                case .met?: break
                case .notMet?: marks.notMet |= bit
                case .excepted?: marks.excepted |= bit
                case nil: marks.unanswered |= bit
                }
            }
        }
        let status = Self.status(notMet: marks.notMet != 0, excepted: marks.excepted != 0, unanswered: marks.unanswered != 0, exceptionsAllowed)
        return AreaCoverage(
            area: plan.area, required: plan.required, status: status, items: plan.ids, notMet: marks.notMet, excepted: marks.excepted,
            unanswered: marks.unanswered)
    }

    /// ``areaCoverage(_:exceptionsAllowed:_:)`` of an area with more items than a mask has bits.
    private func listedCoverage(_ plan: GradingPlan.AreaPlan, exceptionsAllowed: Bool, _ resolved: ResolvedAssessment) -> AreaCoverage {
        var (notMet, excepted, unanswered): ([String], [String], [String]) = ([], [], [])
        for item in plan.items {
            switch resolved.statuses[item.position] {
            case .met?: break
            case .notMet?: notMet.append(item.id)
            case .excepted?: excepted.append(item.id)
            case nil: unanswered.append(item.id)
            }
        }
        let status = Self.status(notMet: !notMet.isEmpty, excepted: !excepted.isEmpty, unanswered: !unanswered.isEmpty, exceptionsAllowed)
        return AreaCoverage(
            area: plan.area, required: plan.required, status: status, itemCount: plan.items.count, notMet: notMet, excepted: excepted,
            unanswered: unanswered)
    }

    /// An area's coverage from which kinds of item it has besides met ones.
    private static func status(notMet: Bool, excepted: Bool, unanswered: Bool, _ exceptionsAllowed: Bool) -> AreaCoverage.Status {
        if notMet || (excepted && !exceptionsAllowed) { return .notCovered }
        if unanswered { return .unknown }
        return excepted ? .excepted : .covered
    }
}
