extension Grader {
    func coverageOutcome(
        _ rule: Rule, tier: Tier, requiredAreas: [String], exceptions: Rule.ExceptionPolicy, assessment: Assessment
    ) -> RuleOutcome {
        let exceptionsAllowed = exceptions == .withJustification
        let areas = pack.areas.map { area in
            self.areaCoverage(
                area.id, tier: tier, required: requiredAreas.contains(area.id), exceptionsAllowed: exceptionsAllowed,
                assessment: assessment)
        }
        let detail = CoverageDetail(
            areas: areas, exceptionsAllowed: exceptionsAllowed, maxExceptedAreas: pack.interpretation.maxExceptedAreas)
        let required = areas.filter(\.required)
        let excepted = detail.exceptedAreas
        let outcome: Outcome
        if required.contains(where: { $0.status == .notCovered }) || excepted.count > detail.maxExceptedAreas {
            outcome = .notMet
        } else if required.contains(where: { $0.status == .unknown }) {
            outcome = .undetermined
        } else {
            outcome = .met
        }
        let conditions =
            outcome == .met ? excepted.map { Condition.areaException(tier: tier.id, area: $0.area, items: $0.excepted) } : []
        return RuleOutcome(rule: rule, outcome: outcome, detail: .coverage(detail), conditions: conditions)
    }

    func areaCoverage(_ area: String, tier: Tier, required: Bool, exceptionsAllowed: Bool, assessment: Assessment) -> AreaCoverage {
        let items = pack.coverageItems(tier: tier, area: area)
        var notMet: [String] = []
        var excepted: [String] = []
        var unanswered: [String] = []
        for item in items {
            switch assessment.status(of: item.id) {
            case .met?: break
            case .notMet?: notMet.append(item.id)
            case .excepted?: excepted.append(item.id)
            case nil: unanswered.append(item.id)
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
            area: area, required: required, status: status, itemCount: items.count, notMet: notMet, excepted: excepted,
            unanswered: unanswered)
    }
}
