/// Grades assessments against one criteria pack. Pure: values in, values out.
///
/// ```swift
/// let result = Grader(pack: pack).grade(assessment)
/// print(result.tierName)            // "advanced"
/// ```
public struct Grader: Sendable {
    public let pack: CriteriaPack
    let plan: GradingPlan

    public init(pack: CriteriaPack) {
        self.pack = pack
        plan = GradingPlan(pack: pack)
    }

    /// Evaluates every rule of every tier, lowest tier first, and names the highest tier qualified.
    public func grade(_ assessment: Assessment) -> GradingResult {
        let resolved = ResolvedAssessment(assessment, pack: pack)
        var verdicts: [TierVerdict] = []
        verdicts.reserveCapacity(plan.tiers.count)
        for tier in plan.tiers {
            let outcomes = tier.rules.map { evaluate($0, tier: tier, resolved, lowerVerdicts: verdicts) }
            verdicts.append(TierVerdict(tier: tier.id, verdict: Verdict(outcomes.lazy.map(\.outcome)), rules: outcomes))
        }
        return GradingResult(
            pack: pack.reference,
            tierReached: verdicts.last { $0.verdict == .qualified }?.tier,
            tiers: verdicts,
            warnings: consistencyWarnings(assessment))
    }

    func evaluate(_ plan: GradingPlan.RulePlan, tier: GradingPlan.TierPlan, _ resolved: ResolvedAssessment, lowerVerdicts: [TierVerdict])
        -> RuleOutcome
    {
        let rule = plan.rule
        switch plan.step {
        case .item(let position, let id):
            let status = position >= 0 ? resolved.statuses[position] : nil
            let outcome: Outcome =
                switch status {
                case .met?: .met
                case .notMet?, .excepted?: .notMet
                case nil: .undetermined
                }
            return RuleOutcome(rule: rule, outcome: outcome, detail: .item(id: id, status: status))
        case .maturity(let minimumLevel):
            return maturityOutcome(rule, minimumLevel: minimumLevel, maturity: resolved.assessment.maturity)
        case .coverage(let areas, let exceptionsAllowed):
            return coverageOutcome(rule, tier: tier.id, areas: areas, exceptionsAllowed: exceptionsAllowed, resolved)
        case .kpiScope(let scope, let scopeID):
            return kpiScopeOutcome(rule, scope: scope, scopeID: scopeID, resolved)
        case .ladder(let lowerTier, let lowerTierID):
            guard let lowerTier, lowerTier < lowerVerdicts.count else {
                return RuleOutcome(rule: rule, outcome: .undetermined, detail: .ladder(lowerTier: lowerTierID, lowerVerdict: .undetermined))
            }
            let lower = lowerVerdicts[lowerTier]
            let outcome: Outcome =
                switch lower.verdict {
                case .qualified: .met
                case .notQualified: .notMet
                case .undetermined: .undetermined
                }
            return RuleOutcome(
                rule: rule, outcome: outcome, detail: .ladder(lowerTier: lowerTierID, lowerVerdict: lower.verdict),
                conditions: outcome == .met ? lower.conditions : [])
        }
    }

    func maturityOutcome(_ rule: Rule, minimumLevel: Int, maturity: MaturityResult?) -> RuleOutcome {
        let detail = RuleDetail.maturity(minimumLevel: minimumLevel, level: maturity?.level, source: maturity?.source)
        guard let maturity, let level = maturity.level else { return RuleOutcome(rule: rule, outcome: .undetermined, detail: detail) }
        guard level >= minimumLevel else { return RuleOutcome(rule: rule, outcome: .notMet, detail: detail) }
        let conditions: [Condition] = maturity.source == .estimate ? [.estimatedMaturity(level: level)] : []
        return RuleOutcome(rule: rule, outcome: .met, detail: detail, conditions: conditions)
    }

    func consistencyWarnings(_ assessment: Assessment) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let parameters = pack.interpretation
        if let revenue = assessment.profile.annualRevenue, revenue < parameters.scaleThresholdRevenue,
            let item = parameters.scaleItem, assessment.status(of: item) == .met
        {
            warnings.append(
                .warning(
                    .revenueBelowScaleThreshold(revenue: revenue, threshold: parameters.scaleThresholdRevenue),
                    at: JSONPath.root.appending("profile").appending("annualRevenue")))
        }
        if let maturity = assessment.maturity, let level = maturity.level, let score = maturity.score,
            (1...parameters.maturityScoreBands.count).contains(level)
        {
            let bands = parameters.maturityScoreBands
            let lower = bands[level - 1]
            let upper = level < bands.count ? bands[level] : nil
            if score < lower || upper.map({ score >= $0 }) == true {
                warnings.append(
                    .warning(
                        .maturityScoreOutsideBand(score: score, level: level, lower: lower, upper: upper),
                        at: JSONPath.root.appending("maturity").appending("score")))
            }
        }
        return warnings
    }
}

/// Grades `assessment` against `pack`; see ``Grader``.
public func grade(_ assessment: Assessment, pack: CriteriaPack) -> GradingResult {
    Grader(pack: pack).grade(assessment)
}
