import Testing

@testable import FactoryGrading

/// The self-diagnosis in the grader: `Build.reaching("basic")` (basic's gate needs level 2) with `SmallModel` answers.
@Suite("Maturity in grading: official level, self-diagnosis estimate, gaps")
struct MaturityGradingTests {
    /// levels 1 and 2 all full (1 each), level 3 all none (0): cumulativeActual total 1 + 1 + 0 = 2 → level 2.
    static let levelTwo = SmallModel.diagnosis([SmallModel.all("full"), SmallModel.all("full"), SmallModel.all("none")])
    /// level 1 all full = 1; level 2 = 0.6375 (see MaturityScorerTests.strongestAndWeakest): total 1.6375 → level 1.
    static let levelOne = SmallModel.diagnosis([
        SmallModel.all("full"), ["strategy": "partial", "collection": "full", "analytics": "none", "security": "most"],
    ])
    /// level 1 all partial = 0.5 < 0.8: total 0.5 → below level 1.
    static let belowOne = SmallModel.diagnosis([SmallModel.all("partial")])
    /// level 1 all full passes, level 2 has no answers: incomplete.
    static let incomplete = SmallModel.diagnosis([SmallModel.all("full")])

    static let grader: Result<Grader, any Error> = Result { Grader(pack: try Fixtures.pack(), maturityModels: [SmallModel.make()]) }

    func grade(_ maturity: MaturityResult?) throws -> (Assessment, GradingResult) {
        let grader = try Self.grader.get()
        let assessment = Build.reaching("basic", pack: grader.pack).with(maturity: maturity)
        return (assessment, grader.grade(assessment))
    }

    static func official(_ level: Int, _ diagnosis: SelfDiagnosis) -> MaturityResult {
        var result = Build.officialMaturity(level)
        result.selfDiagnosis = diagnosis
        return result
    }

    static func onlyDiagnosis(_ diagnosis: SelfDiagnosis) -> MaturityResult { MaturityResult(level: nil, source: nil, selfDiagnosis: diagnosis) }

    @Test("an official level is used, with the self-diagnosis estimate beside it")
    func officialWithEstimate() throws {
        let (_, result) = try grade(Self.official(2, Self.levelOne))
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == .met)
        #expect(rule.conditions.isEmpty)
        #expect(
            rule.detail
                == .maturity(
                    minimumLevel: 2,
                    evidence: MaturityEvidence(level: 2, source: .official, fromSelfDiagnosis: false, selfDiagnosisLevel: 1, hasSelfDiagnosis: true)))
        #expect(result.selfDiagnosis?.level == 1)
        #expect(result.tierReached == "basic")
    }

    @Test("an official level that differs from the estimate gives a warning; a matching one does not")
    func mismatchWarning() throws {
        let (_, differs) = try grade(Self.official(2, Self.levelOne))
        #expect(differs.warnings.hasWarning(.maturityEstimateDiffers(stated: 2, estimate: 1), at: "$.maturity.selfDiagnosis"), "\(differs.warnings.summary)")
        let (_, below) = try grade(Self.official(2, Self.belowOne))
        #expect(below.warnings.hasWarning(.maturityEstimateDiffers(stated: 2, estimate: nil), at: "$.maturity.selfDiagnosis"))
        #expect(below.warnings.first { $0.problem == .maturityEstimateDiffers(stated: 2, estimate: nil) }?.message(.en).contains("below level 1") == true)
        let (_, matches) = try grade(Self.official(2, Self.levelTwo))
        #expect(!matches.warnings.contains { if case .maturityEstimateDiffers = $0.problem { true } else { false } })
        // An incomplete questionnaire has no estimate to differ.
        let (_, open) = try grade(Self.official(2, Self.incomplete))
        #expect(!open.warnings.contains { if case .maturityEstimateDiffers = $0.problem { true } else { false } })
        #expect(open.outcome("basic/maturity")?.detail == .maturity(minimumLevel: 2, evidence: MaturityEvidence(level: 2, source: .official, hasSelfDiagnosis: true)))
    }

    @Test("no official level: the questionnaire's estimate is used and the gate is met on condition")
    func estimateUsed() throws {
        let (_, result) = try grade(Self.onlyDiagnosis(Self.levelTwo))
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == .met)
        #expect(rule.conditions == [.estimatedMaturity(level: 2)])
        #expect(
            rule.detail
                == .maturity(
                    minimumLevel: 2,
                    evidence: MaturityEvidence(level: 2, source: .estimate, fromSelfDiagnosis: true, selfDiagnosisLevel: 2, hasSelfDiagnosis: true)))
        #expect(result.tierReached == "basic")
        #expect(result.verdict("basic")?.isConditional == true)
        #expect(result.conditions.contains(.estimatedMaturity(level: 2)))
        #expect(!result.warnings.contains { if case .maturityEstimateDiffers = $0.problem { true } else { false } })
    }

    @Test("an estimate below the gate fails it, without a condition")
    func estimateTooLow() throws {
        let (_, result) = try grade(Self.onlyDiagnosis(Self.levelOne))
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == .notMet)
        #expect(rule.conditions.isEmpty)
        #expect(result.tierReached == nil)
    }

    @Test("an incomplete questionnaire leaves the gate undetermined")
    func incompleteQuestionnaire() throws {
        let (_, result) = try grade(Self.onlyDiagnosis(Self.incomplete))
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == .undetermined)
        #expect(rule.detail == .maturity(minimumLevel: 2, evidence: MaturityEvidence(level: nil, source: nil, hasSelfDiagnosis: true)))
        #expect(result.verdict("basic")?.verdict == .undetermined)
        #expect(result.selfDiagnosis?.isComplete == false)
    }

    @Test("a questionnaire below level 1 fails the gate")
    func belowLevelOne() throws {
        let (_, result) = try grade(Self.onlyDiagnosis(Self.belowOne))
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == .notMet)
        #expect(
            rule.detail
                == .maturity(
                    minimumLevel: 2, evidence: MaturityEvidence(level: nil, source: nil, fromSelfDiagnosis: true, selfDiagnosisLevel: nil, hasSelfDiagnosis: true)
                ))
        #expect(result.verdict("basic")?.verdict == .notQualified)
    }

    @Test("a questionnaire for a model the grader does not have scores nothing: the gate stays undetermined")
    func unknownModel() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack).with(maturity: Self.onlyDiagnosis(Self.levelTwo))
        let result = Grader(pack: pack).grade(assessment)
        #expect(result.selfDiagnosis == nil)
        #expect(result.outcome("basic/maturity")?.outcome == .undetermined)
        // Validation against the models available names the missing model.
        let diagnostics = assessment.validate(against: pack, maturityModels: [])
        #expect(
            diagnostics.hasError(.unknownMaturityModel("small-model@1.0.0", available: []), at: "$.maturity.selfDiagnosis.model"),
            "\(diagnostics.summary)")
    }

    @Test("the grader scores with the profile's manufacturing type and the scorer's result")
    func scoreIsTheScorers() throws {
        let grader = try Self.grader.get()
        var assessment = Build.reaching("basic", pack: grader.pack).with(maturity: Self.onlyDiagnosis(Self.levelOne))
        assessment.profile.manufacturingType = .process
        let result = grader.grade(assessment)
        #expect(result.selfDiagnosis == MaturityScorer(model: SmallModel.make()).score(Self.levelOne, type: .process))
        #expect(result.selfDiagnosis?.manufacturingType == .process)
        #expect(grader.selfDiagnosisScore(assessment) == result.selfDiagnosis)
    }

    @Test("gap analysis names the weakest sub-domains at the working level")
    func gapNamesWeakest() throws {
        let grader = try Self.grader.get()
        let assessment = Build.reaching("basic", pack: grader.pack).with(maturity: Self.onlyDiagnosis(Self.levelOne))
        let report = try #require(GapAnalysis(grader: grader).gaps(for: assessment))
        #expect(report.target == "basic")
        let gap = try #require(report.maturity)
        #expect(gap.current == 1)
        #expect(gap.required == 2)
        #expect(gap.neededBy == ["basic/maturity"])
        // Weighted shortfalls at level 2: strategy 0.25, analytics 0.0625, security 0.05 (collection 0).
        let model = SmallModel.make()
        #expect(gap.improve.map(\.id) == ["strategy", "analytics", "security"])
        #expect(gap.improve == ["strategy", "analytics", "security"].compactMap(model.subdomain))
        #expect(gap.workingLevel == 2)
    }

    @Test("self-diagnosis validation: unknown questions, grades and sub-domains")
    func validation() throws {
        let pack = try Fixtures.pack()
        var diagnosis = Self.levelTwo
        diagnosis.answers["q.nowhere.1"] = "full"
        diagnosis.answers["q.strategy.4"] = "brilliant"
        diagnosis.tailoring["blockchain"] = "不适用"
        let assessment = Build.reaching("basic", pack: pack).with(maturity: Self.onlyDiagnosis(diagnosis))
        let diagnostics = assessment.validate(against: pack, maturityModels: [SmallModel.make()])
        let path = "$.maturity.selfDiagnosis"
        #expect(diagnostics.hasError(.unknownQuestion("q.nowhere.1"), at: "\(path).answers[\"q.nowhere.1\"]"), "\(diagnostics.summary)")
        #expect(
            diagnostics.hasError(
                .unknownSatisfaction("brilliant", allowed: SmallModel.scale.map(\.0)), at: "\(path).answers[\"q.strategy.4\"]"), "\(diagnostics.summary)")
        #expect(diagnostics.hasError(.unknownSubdomain("blockchain"), at: "\(path).tailoring.blockchain"), "\(diagnostics.summary)")
        #expect(Self.levelTwo.answers.count == 12)
        let clean = Build.reaching("basic", pack: pack).with(maturity: Self.onlyDiagnosis(Self.levelTwo))
        #expect(!clean.validate(against: pack, maturityModels: [SmallModel.make()]).containsError)
    }

    @Test("a self-diagnosis without level or source decodes; a level without a source does not")
    func decoding() {
        func decode(_ maturity: String) -> (Assessment?, [Diagnostic]) {
            let text = """
                {"format": "factorygrading.assessment", "formatVersion": 1, "pack": {"id": "hebei-2025", "version": "1.0.0"},
                 "maturity": \(maturity)}
                """
            return Assessment.decode(jsonBytes: Array(text.utf8))
        }
        let (assessment, diagnostics) = decode(
            #"{"selfDiagnosis": {"model": {"id": "small-model", "version": "1.0.0"}, "answers": {"q.strategy.1": "full"}, "tailoring": {"analytics": "集团负责"}}}"#)
        #expect(
            assessment?.maturity
                == MaturityResult(
                    level: nil, source: nil,
                    selfDiagnosis: SelfDiagnosis(model: SmallModel.reference, answers: ["q.strategy.1": "full"], tailoring: ["analytics": "集团负责"])),
            "\(diagnostics.summary)")
        let (withLevel, levelDiagnostics) = decode(#"{"level": 3, "selfDiagnosis": {"model": {"id": "small-model", "version": "1.0.0"}}}"#)
        #expect(withLevel == nil)
        #expect(levelDiagnostics.hasError(.missingField("source"), at: "$.maturity"), "\(levelDiagnostics.summary)")
    }
}
