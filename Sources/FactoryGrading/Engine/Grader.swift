/// Grades assessments against one criteria pack. Pure: values in, values out.
///
/// ```swift
/// let result = Grader(pack: pack).grade(assessment)
/// print(result.tierName)            // "advanced"
/// ```
public struct Grader: Sendable {
    public let pack: CriteriaPack
    /// Maturity models a self-diagnosis may name.
    public let maturityModels: [MaturityModel]
    /// Benchmark values that take precedence over those written in assessments.
    public let benchmarks: BenchmarkTable?
    let plan: GradingPlan
    /// For each of ``maturityModels``: its reference, and ``MaturityScorer/score(_:type:)`` of its scorer,
    /// which the closure keeps, so that scoring copies no scorer.
    let scorers: [(model: PackReference, score: @Sendable (SelfDiagnosis, Profile.ManufacturingType) -> MaturityScore)]
    /// The benchmark rows of each KPI and scope, by pack position.
    let benchmarkRows: [[[BenchmarkTable.Candidate]]]

    /// A grader for `pack`; `maturityModels` score self-diagnoses, `benchmarks` supplies benchmark values.
    public init(pack: CriteriaPack, maturityModels: [MaturityModel] = [], benchmarks: BenchmarkTable? = nil) {
        self.pack = pack
        self.maturityModels = maturityModels
        self.benchmarks = benchmarks
        plan = GradingPlan(pack: pack)
        scorers = maturityModels.map { model in
            let scorer = MaturityScorer(model: model)
            return (model.reference, { scorer.score($0, type: $1) })
        }
        benchmarkRows = benchmarks?.candidates(kpis: pack.kpis.map(\.id), scopes: pack.kpiScopes) ?? []
    }

    /// Evaluates every rule of every tier, lowest tier first, and names the highest tier qualified.
    public func grade(_ assessment: Assessment) -> GradingResult {
        let resolved = ResolvedAssessment(assessment, grader: self)
        let diagnosis = selfDiagnosisScore(assessment)
        let maturity = maturityEvidence(assessment.maturity, diagnosis: diagnosis)
        var verdicts: [TierVerdict] = []
        verdicts.reserveCapacity(plan.tiers.count)
        for tier in plan.tiers.indices {
            let rules = plan.tiers[tier].rules
            var outcomes: [RuleOutcome] = []
            outcomes.reserveCapacity(rules.count)
            for rule in rules {
                outcomes.append(evaluate(rule, tier: tier, resolved, maturity: maturity, lowerVerdicts: verdicts))
            }
            verdicts.append(TierVerdict(tier: plan.tiers[tier].id, verdict: Verdict(outcomes.lazy.map(\.outcome)), rules: outcomes))
        }
        return GradingResult(
            pack: pack.reference,
            tierReached: verdicts.last { $0.verdict == .qualified }?.tier,
            tiers: verdicts,
            warnings: consistencyWarnings(assessment, diagnosis: diagnosis, undefined: resolved.undefined),
            selfDiagnosis: diagnosis)
    }

    /// The score of the assessment's self-diagnosis, when it answers one with a model this grader has.
    public func selfDiagnosisScore(_ assessment: Assessment) -> MaturityScore? {
        guard let diagnosis = assessment.maturity?.selfDiagnosis,
            let index = scorers.firstIndex(where: { $0.model == diagnosis.model })
        else { return nil }
        return scorers[index].score(diagnosis, assessment.profile.manufacturingType ?? .discrete)
    }

    /// The level the maturity gate uses: an official level, else a stated estimate, else the
    /// self-diagnosis estimate.
    func maturityEvidence(_ maturity: MaturityResult?, diagnosis: MaturityScore?) -> MaturityEvidence {
        let hasDiagnosis = maturity?.selfDiagnosis != nil
        if let level = maturity?.level, let source = maturity?.source {
            return MaturityEvidence(level: level, source: source, selfDiagnosisLevel: diagnosis?.level, hasSelfDiagnosis: hasDiagnosis)
        }
        if let diagnosis, diagnosis.isComplete {
            return MaturityEvidence(
                level: diagnosis.level, source: diagnosis.level == nil ? nil : .estimate, fromSelfDiagnosis: true,
                selfDiagnosisLevel: diagnosis.level, hasSelfDiagnosis: true)
        }
        return MaturityEvidence(level: nil, source: nil, hasSelfDiagnosis: hasDiagnosis)
    }

    /// Evaluates the plan's rule at `index`, of the tier at `tier`.
    func evaluate(_ index: Int, tier: Int, _ resolved: ResolvedAssessment, maturity: MaturityEvidence, lowerVerdicts: [TierVerdict])
        -> RuleOutcome
    {
        let rulePlan = plan.rules[index]
        let rule = rulePlan.rule
        switch rulePlan.step {
        case .item(let position):
            let status = position.flatMap { resolved.statuses[$0] }
            let outcome: Outcome =
                switch status {
                case .met?: .met
                case .notMet?, .excepted?: .notMet
                case nil: .undetermined
                }
            return RuleOutcome(rule: rule, outcome: outcome, detail: .item(id: rulePlan.id, status: status))
        case .maturity(let minimumLevel):
            return maturityOutcome(rule, minimumLevel: minimumLevel, evidence: maturity)
        case .coverage(let areas, let exceptionsAllowed):
            return coverageOutcome(rule, tier: plan.tiers[tier].id, areas: areas, exceptionsAllowed: exceptionsAllowed, resolved)
        case .kpiScope(let target):
            return kpiScopeOutcome(rule, target: target, scopeID: rulePlan.id, resolved)
        case .ladder(let lowerTier):
            let lowerTierID = rulePlan.id
            guard let lowerTier, lowerTier < lowerVerdicts.count else {
                return RuleOutcome(rule: rule, outcome: .undetermined, detail: .ladder(lowerTier: lowerTierID, lowerVerdict: .undetermined))
            }
            let lowerVerdict = lowerVerdicts[lowerTier].verdict
            var outcome: Outcome =
                switch lowerVerdict {
                case .qualified: .met
                case .notQualified: .notMet
                case .undetermined: .undetermined
                }
            if outcome == .met, plan.tiers[tier].refusesAreaExceptions, lowerVerdicts[lowerTier].restsOnAreaException { outcome = .notMet }
            return RuleOutcome(
                rule: rule, outcome: outcome, detail: .ladder(lowerTier: lowerTierID, lowerVerdict: lowerVerdict),
                conditions: outcome == .met ? lowerVerdicts[lowerTier].conditions : [])
        }
    }

    func maturityOutcome(_ rule: Rule, minimumLevel: Int, evidence: MaturityEvidence) -> RuleOutcome {
        let detail = RuleDetail.maturity(minimumLevel: minimumLevel, evidence: evidence)
        guard let level = evidence.level else {
            let complete = evidence.fromSelfDiagnosis
            return RuleOutcome(rule: rule, outcome: complete ? .notMet : .undetermined, detail: detail)
        }
        guard level >= minimumLevel else { return RuleOutcome(rule: rule, outcome: .notMet, detail: detail) }
        let conditions: [Condition] = evidence.source == .estimate ? [.estimatedMaturity(level: level)] : []
        return RuleOutcome(rule: rule, outcome: .met, detail: detail, conditions: conditions)
    }

    /// `undefined` holds why each KPI's raw inputs compute to no value, by pack position (empty when all do).
    func consistencyWarnings(
        _ assessment: Assessment, diagnosis: MaturityScore?, undefined: [KPIComputation.UndefinedReason?]
    ) -> [Diagnostic] {
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
        if let stated = assessment.maturity?.level, assessment.maturity?.source != nil, let diagnosis, diagnosis.isComplete,
            diagnosis.level != stated
        {
            warnings.append(
                .warning(
                    .maturityEstimateDiffers(stated: stated, estimate: diagnosis.level),
                    at: JSONPath.root.appending("maturity").appending("selfDiagnosis")))
        }
        for position in undefined.indices {
            guard let reason = undefined[position] else { continue }
            warnings.append(
                .warning(.kpiUndefined(reason), at: JSONPath.root.appending("kpis").appending(plan.kpis[position].id).appending("raw")))
        }
        return warnings
    }
}

/// Grades `assessment` against `pack`; see ``Grader``.
public func grade(_ assessment: Assessment, pack: CriteriaPack) -> GradingResult {
    Grader(pack: pack).grade(assessment)
}
