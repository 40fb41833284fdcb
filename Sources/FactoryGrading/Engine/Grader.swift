/// Grades assessments against one criteria pack. Pure: values in, values out.
///
/// ```swift
/// let result = Grader(pack: pack).grade(assessment)
/// print(result.tierName)            // "advanced"
/// ```
public struct Grader: Sendable {
    public let pack: CriteriaPack

    public init(pack: CriteriaPack) { self.pack = pack }

    /// Evaluates every rule of every tier, lowest tier first, and names the highest tier qualified.
    public func grade(_ assessment: Assessment) -> GradingResult {
        var verdicts: [TierVerdict] = []
        verdicts.reserveCapacity(pack.tiers.count)
        for tier in pack.tiers {
            let outcomes = tier.rules.map { evaluate($0, tier: tier, assessment: assessment, lowerVerdicts: verdicts) }
            verdicts.append(TierVerdict(tier: tier.id, verdict: Verdict(outcomes.lazy.map(\.outcome)), rules: outcomes))
        }
        return GradingResult(
            pack: pack.reference,
            tierReached: verdicts.last { $0.verdict == .qualified }?.tier,
            tiers: verdicts,
            warnings: consistencyWarnings(assessment))
    }

    func evaluate(_ rule: Rule, tier: Tier, assessment: Assessment, lowerVerdicts: [TierVerdict]) -> RuleOutcome {
        switch rule.kind {
        case .item(let id):
            let status = assessment.status(of: id)
            let outcome: Outcome =
                switch status {
                case .met?: .met
                case .notMet?, .excepted?: .notMet
                case nil: .undetermined
                }
            return RuleOutcome(rule: rule, outcome: outcome, detail: .item(id: id, status: status))
        case .maturityGate(let minimumLevel):
            return maturityOutcome(rule, minimumLevel: minimumLevel, maturity: assessment.maturity)
        case .coverage(let requiredAreas, let exceptions):
            return coverageOutcome(rule, tier: tier, requiredAreas: requiredAreas, exceptions: exceptions, assessment: assessment)
        case .kpiScope(let scope):
            return kpiScopeOutcome(rule, scopeID: scope, assessment: assessment)
        case .ladder(let lowerTier):
            guard let lower = lowerVerdicts.last(where: { $0.tier == lowerTier }) else {
                return RuleOutcome(rule: rule, outcome: .undetermined, detail: .ladder(lowerTier: lowerTier, lowerVerdict: .undetermined))
            }
            let outcome: Outcome =
                switch lower.verdict {
                case .qualified: .met
                case .notQualified: .notMet
                case .undetermined: .undetermined
                }
            return RuleOutcome(
                rule: rule, outcome: outcome, detail: .ladder(lowerTier: lowerTier, lowerVerdict: lower.verdict),
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
        if let maturity = assessment.maturity, let level = maturity.level, let score = maturity.score {
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
