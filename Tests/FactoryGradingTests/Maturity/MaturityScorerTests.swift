import Testing

@testable import FactoryGrading

/// Hand-worked scoring with `SmallModel` (see its documentation for the tree and weights):
///
///     strategy 0.5 · collection 0.1875 · analytics 0.0625 · security 0.25
///     full 1 · most 0.8 · partial 0.5 · none 0 · almost 0.79; threshold 0.8; bands 0.8/1.8/2.8/3.8/4.8
@Suite("Maturity scorer: hand-worked examples (GB/T 39117 mechanics)")
struct MaturityScorerTests {
    /// The answers both gate strategies are scored on.
    ///
    ///     level 1: strategy full, collection most, analytics partial, security full
    ///            = 0.5×1 + 0.1875×0.8 + 0.0625×0.5 + 0.25×1 = 0.5 + 0.15 + 0.03125 + 0.25 = 0.93125  ≥ 0.8 passes
    ///     level 2: strategy most, collection most, analytics full, security most
    ///            = 0.5×0.8 + 0.1875×0.8 + 0.0625×1 + 0.25×0.8 = 0.4 + 0.15 + 0.0625 + 0.2 = 0.8125  ≥ 0.8 passes
    ///     level 3: strategy none, collection none, analytics partial, security none
    ///            = 0 + 0 + 0.0625×0.5 + 0 = 0.03125  < 0.8: the first failing level (working level 3)
    ///     levels 4 and 5: everything full = 1 each, but they lie above the first failing level and add nothing.
    static let mixed: [[String: String]] = [
        ["strategy": "full", "collection": "most", "analytics": "partial", "security": "full"],
        ["strategy": "most", "collection": "most", "analytics": "full", "security": "most"],
        ["strategy": "none", "collection": "none", "analytics": "partial", "security": "none"],
        SmallModel.all("full"),
        SmallModel.all("full"),
    ]

    @Test("the effective weights are element × domain × sub-domain")
    func weights() {
        let score = SmallModel.score([SmallModel.all("full")])
        #expect(nearly(score.weights["strategy"], 0.5))  // 0.5 × 1 × 1
        #expect(nearly(score.weights["collection"], 0.1875))  // 0.5 × 0.5 × 0.75
        #expect(nearly(score.weights["analytics"], 0.0625))  // 0.5 × 0.5 × 0.25
        #expect(nearly(score.weights["security"], 0.25))  // 0.5 × 0.5 × 1
        #expect(nearly(score.subdomains.map(\.weight).reduce(0, +), 1))
    }

    @Test("cumulativeActual: 0.93125 + 0.8125 + 0.03125 = 1.775 → level 1")
    func cumulativeActual() {
        let score = SmallModel.score(Self.mixed, strategy: .cumulativeActual)
        #expect(score.strategy == .cumulativeActual)
        #expect(score.threshold == 0.8)
        #expect(nearly(score.levelScores, [0.93125, 0.8125, 0.03125, 1, 1]))
        // Add the actual scores of levels 1 and 2 (passed) and of level 3 (the first below 0.8); 4 and 5 add nothing.
        #expect(nearly(score.total, 1.775))
        // 1.775 lies in [0.8, 1.8): level 1.
        #expect(score.level == 1)
        #expect(score.workingLevel == 3)
        #expect(score.isComplete)
        #expect(score.unanswered == 0)
    }

    @Test("passedLevelsCountAsOne on the same answers: 1 + 1 + 0.03125 = 2.03125 → level 2")
    func passedLevelsCountAsOne() {
        let score = SmallModel.score(Self.mixed, strategy: .passedLevelsCountAsOne)
        #expect(score.strategy == .passedLevelsCountAsOne)
        // The level scores do not depend on the strategy …
        #expect(nearly(score.levelScores, [0.93125, 0.8125, 0.03125, 1, 1]))
        // … the total does: levels 1 and 2 passed count 1 each, level 3 adds its actual 0.03125.
        #expect(nearly(score.total, 2.03125))
        // 2.03125 lies in [1.8, 2.8): level 2, one more than cumulativeActual's 1.775 gives.
        #expect(score.level == 2)
        #expect(score.workingLevel == 3)
        let other = SmallModel.score(Self.mixed, strategy: .cumulativeActual)
        #expect(score.total != other.total)
        #expect(score.level != other.level)
    }

    @Test("element scores: each element's sub-domains weighted within the element")
    func elementScores() throws {
        let score = SmallModel.score(Self.mixed)
        // personnel has one sub-domain (strategy, weight 1 within the element): its scores are strategy's.
        let personnel = try #require(score.elements.first { $0.element == "personnel" })
        #expect(nearly(personnel.levels, [1, 0.8, 0, 1, 1]))
        // technology: collection 0.5 × 0.75 = 0.375, analytics 0.5 × 0.25 = 0.125, security 0.5 × 1 = 0.5.
        // level 1 = 0.375×0.8 + 0.125×0.5 + 0.5×1 = 0.3 + 0.0625 + 0.5 = 0.8625
        // level 2 = 0.375×0.8 + 0.125×1 + 0.5×0.8 = 0.3 + 0.125 + 0.4 = 0.825
        // level 3 = 0 + 0.125×0.5 + 0 = 0.0625
        let technology = try #require(score.elements.first { $0.element == "technology" })
        #expect(nearly(technology.levels, [0.8625, 0.825, 0.0625, 1, 1]))
        // Sub-domain scores are the answers' scores, level by level.
        #expect(nearly(score.subdomain("analytics")?.levels, [0.5, 1, 0.5, 1, 1]))
        #expect(score.subdomain("collection")?.element == "technology")
        #expect(score.subdomain("collection")?.domain == "data")
    }

    @Test("tailoring a sub-domain renormalises its siblings: collection 0.1875 → 0.25")
    func tailorSubdomain() throws {
        // Before: strategy 0.5, collection 0.1875, analytics 0.0625, security 0.25.
        // analytics tailored out: within domain data, collection 0.75 / 0.75 = 1, so
        // After:  strategy 0.5, collection 0.5 × 0.5 × 1 = 0.25, analytics 0, security 0.25 (sum 1).
        let justification = "本厂不做数据分析,由集团统一负责"
        // analytics is not answered at all: tailored, its questions are not needed.
        let levels: [[String: String]] = [
            ["strategy": "full", "collection": "most", "security": "partial"],
            ["strategy": "most", "collection": "partial", "security": "full"],
        ]
        let before = SmallModel.score([SmallModel.all("full")])
        #expect(nearly(before.weights["collection"], 0.1875))
        let score = SmallModel.score(levels, tailoring: ["analytics": justification])
        #expect(nearly(score.weights["strategy"], 0.5))
        #expect(nearly(score.weights["collection"], 0.25))
        #expect(score.weights["analytics"] == 0)
        #expect(nearly(score.weights["security"], 0.25))
        #expect(score.subdomain("analytics")?.tailored == justification)
        #expect(score.subdomain("collection")?.tailored == nil)
        // level 1 = 0.5×1 + 0.25×0.8 + 0.25×0.5 = 0.5 + 0.2 + 0.125 = 0.825  passes
        // level 2 = 0.5×0.8 + 0.25×0.5 + 0.25×1 = 0.4 + 0.125 + 0.25 = 0.775  fails (working level 2)
        // cumulativeActual total = 0.825 + 0.775 = 1.6 → [0.8, 1.8): level 1
        #expect(nearly(score.levelScores, [0.825, 0.775, nil, nil, nil]))
        #expect(nearly(score.total, 1.6))
        #expect(score.level == 1)
        #expect(score.workingLevel == 2)
        // Only applicable questions count as unanswered: levels 3–5 of strategy, collection, security (3 × 3).
        #expect(score.unanswered == 9)
        // Without the tailoring the same answers lack analytics at level 1: no total.
        let untailored = SmallModel.score(levels)
        #expect(untailored.total == nil)
        #expect(untailored.level == nil)
        #expect(untailored.unanswered == 14)  // analytics 1–5 and the 9 above
    }

    @Test("a whole domain tailored out: its element's other domains take its weight")
    func tailorDomain() {
        // security is the only sub-domain of domain security. Tailoring it leaves domain data alone in technology:
        // domain weights 0.5/0.5 → data 0.5/0.5 = 1, security 0.
        // After: strategy 0.5, collection 0.5 × 1 × 0.75 = 0.375, analytics 0.5 × 1 × 0.25 = 0.125, security 0.
        let levels: [[String: String]] = [["strategy": "most", "collection": "full", "analytics": "none"]]
        let score = SmallModel.score(levels, tailoring: ["security": "无独立信息安全职能"])
        #expect(nearly(score.weights["strategy"], 0.5))
        #expect(nearly(score.weights["collection"], 0.375))
        #expect(nearly(score.weights["analytics"], 0.125))
        #expect(score.weights["security"] == 0)
        // level 1 = 0.5×0.8 + 0.375×1 + 0.125×0 = 0.4 + 0.375 + 0 = 0.775 < 0.8: fails at once.
        // total = 0.775 < 0.8: below the first band, no level — but complete.
        #expect(nearly(score.levelScores[0], 0.775))
        #expect(nearly(score.total, 0.775))
        #expect(score.level == nil)
        #expect(score.isComplete)
        #expect(score.workingLevel == 1)
    }

    @Test("a whole element tailored out: the other element takes weight 1")
    func tailorElement() {
        // strategy is personnel's only sub-domain: element weights 0.5/0.5 → technology 1.
        // After: collection 1 × 0.5 × 0.75 = 0.375, analytics 0.125, security 1 × 0.5 × 1 = 0.5.
        let score = SmallModel.score(
            [["collection": "full", "analytics": "full", "security": "partial"]], tailoring: ["strategy": "集团统一规划"])
        #expect(score.weights["strategy"] == 0)
        #expect(nearly(score.weights["collection"], 0.375))
        #expect(nearly(score.weights["analytics"], 0.125))
        #expect(nearly(score.weights["security"], 0.5))
        // level 1 = 0.375 + 0.125 + 0.5×0.5 = 0.75 < 0.8 → total 0.75, no level.
        #expect(nearly(score.total, 0.75))
        #expect(score.level == nil)
    }

    @Test("a sub-domain that does not apply to the manufacturing type is left out like a tailored one")
    func appliesTo() {
        var model = SmallModel.make()
        model.elements[1].domains[0].subdomains[1].appliesTo = [.discrete]  // analytics: discrete only
        let diagnosis = SmallModel.diagnosis([["strategy": "full", "collection": "full", "security": "full"]])
        let process = MaturityScorer(model: model).score(diagnosis, type: .process)
        #expect(process.manufacturingType == .process)
        #expect(process.weights["analytics"] == 0)
        #expect(nearly(process.weights["collection"], 0.25))
        #expect(nearly(process.levelScores[0], 1))
        let discrete = MaturityScorer(model: model).score(diagnosis, type: .discrete)
        #expect(discrete.levelScores[0] == nil)  // analytics applies and is unanswered
    }

    @Test("a missing answer at a level the gate needs: no total, no level")
    func incomplete() {
        // level 1 all full = 1 passes, so level 2 is needed; collection is not answered there.
        let score = SmallModel.score([SmallModel.all("full"), ["strategy": "full", "analytics": "full", "security": "full"]])
        #expect(nearly(score.levelScores, [1, nil, nil, nil, nil]))
        #expect(score.total == nil)
        #expect(score.level == nil)
        #expect(!score.isComplete)
        #expect(score.workingLevel == 2)
        #expect(score.unanswered == 1 + 3 * 4)  // collection at 2, and all four at 3, 4, 5
        #expect(score.subdomain("collection")?.levels[1] == nil)
    }

    @Test("missing answers only above the first failing level: still complete")
    func completeBelowFailingLevel() {
        // level 1 all full = 1 passes; level 2 all none = 0 fails; levels 3–5 are not answered and not needed.
        let score = SmallModel.score([SmallModel.all("full"), SmallModel.all("none")])
        #expect(nearly(score.levelScores, [1, 0, nil, nil, nil]))
        // total = 1 + 0 = 1 → [0.8, 1.8): level 1.
        #expect(score.isComplete)
        #expect(nearly(score.total, 1))
        #expect(score.level == 1)
        #expect(score.workingLevel == 2)
        #expect(score.unanswered == 12)
    }

    @Test("the first level missing entirely: working level 1, incomplete")
    func nothingAnswered() {
        let score = SmallModel.score([])
        #expect(score.total == nil)
        #expect(score.workingLevel == 1)
        #expect(score.unanswered == 20)
        #expect(score.strongest.isEmpty)
        #expect(score.weakest.isEmpty)
    }

    @Test(
        "band edges: total → level",
        arguments: [
            (0.79, nil), (0.8, 1), (1.79, 1), (1.8, 2), (2.79, 2), (2.8, 3), (3.79, 3), (3.8, 4), (4.79, 4), (4.8, 5), (5, 5),
            (0, nil),
        ] as [(Double, Int?)])
    func bandEdges(total: Double, level: Int?) {
        let bands = SmallModel.make().bands
        #expect(bands.level(for: total) == level)
    }

    /// A single sub-domain of weight 1 makes each level score exactly the answer's score.
    struct EdgeCase: Sendable, CustomTestStringConvertible {
        var answers: [String]
        var strategy: MaturityModel.GateStrategy
        var total: Double
        var level: Int?
        var testDescription: String { "\(strategy.rawValue) \(answers.joined(separator: ",")) → \(total)" }
    }

    @Test(
        "band edges through the scorer",
        arguments: [
            // 0.79 fails at level 1: total 0.79, below 0.8 → no level.
            EdgeCase(answers: ["almost"], strategy: .cumulativeActual, total: 0.79, level: nil),
            // 0.8 passes, level 2 none = 0 fails: 0.8 + 0 = 0.8 → level 1.
            EdgeCase(answers: ["most", "none"], strategy: .cumulativeActual, total: 0.8, level: 1),
            // 1 + 0.79 = 1.79 → level 1.
            EdgeCase(answers: ["full", "almost"], strategy: .cumulativeActual, total: 1.79, level: 1),
            // 1 + 0.8 + 0 = 1.8 → level 2.
            EdgeCase(answers: ["full", "most", "none"], strategy: .cumulativeActual, total: 1.8, level: 2),
            // 1 + 1 + 0.79 = 2.79 → level 2; 1 + 1 + 0.8 + 0 = 2.8 → level 3.
            EdgeCase(answers: ["full", "full", "almost"], strategy: .cumulativeActual, total: 2.79, level: 2),
            EdgeCase(answers: ["full", "full", "most", "none"], strategy: .cumulativeActual, total: 2.8, level: 3),
            // 1 + 1 + 1 + 0.79 = 3.79 → level 3; 1 + 1 + 1 + 0.8 + 0 = 3.8 → level 4.
            EdgeCase(answers: ["full", "full", "full", "almost"], strategy: .cumulativeActual, total: 3.79, level: 3),
            EdgeCase(answers: ["full", "full", "full", "most", "none"], strategy: .cumulativeActual, total: 3.8, level: 4),
            // 1 + 1 + 1 + 1 + 0.79 = 4.79 → level 4; 1 + 1 + 1 + 1 + 0.8 = 4.8 (every level passes) → level 5.
            EdgeCase(answers: ["full", "full", "full", "full", "almost"], strategy: .cumulativeActual, total: 4.79, level: 4),
            EdgeCase(answers: ["full", "full", "full", "full", "most"], strategy: .cumulativeActual, total: 4.8, level: 5),
            EdgeCase(answers: ["full", "full", "full", "full", "full"], strategy: .cumulativeActual, total: 5, level: 5),
            // passedLevelsCountAsOne: 1 (0.8 passed) + 0.79 = 1.79 → level 1; five passes count 1 each: 5 → level 5
            // (cumulativeActual would give 1 + 0.8 × 4 = 4.2 → level 4 on the same answers).
            EdgeCase(answers: ["most", "almost"], strategy: .passedLevelsCountAsOne, total: 1.79, level: 1),
            EdgeCase(answers: ["full", "most", "most", "most", "most"], strategy: .passedLevelsCountAsOne, total: 5, level: 5),
            EdgeCase(answers: ["full", "most", "most", "most", "most"], strategy: .cumulativeActual, total: 4.2, level: 4),
        ])
    func bandEdgesThroughScorer(_ edge: EdgeCase) {
        let model = SmallModel.make(strategy: edge.strategy, tree: SmallModel.singleTree)
        let diagnosis = SelfDiagnosis(
            model: SmallModel.reference,
            answers: IdentifierMap(uniqueKeysWithValues: edge.answers.enumerated().map { ("q.only.\($0.offset + 1)", $0.element) }))
        let score = MaturityScorer(model: model).score(diagnosis, type: .discrete)
        #expect(nearly(score.total, edge.total))
        #expect(score.level == edge.level)
    }

    @Test("strongest and weakest: ranked at the working level, weakest by weighted shortfall")
    func strongestAndWeakest() {
        // level 1 all full = 1 passes.
        // level 2: strategy partial 0.5, collection full 1, analytics none 0, security most 0.8
        //        = 0.5×0.5 + 0.1875×1 + 0.0625×0 + 0.25×0.8 = 0.25 + 0.1875 + 0 + 0.2 = 0.6375 < 0.8 → working level 2.
        // Weighted shortfall at level 2, weight × (1 − score):
        //   strategy   0.5    × 0.5 = 0.25
        //   collection 0.1875 × 0   = 0        (nothing to gain: not listed)
        //   analytics  0.0625 × 1   = 0.0625
        //   security   0.25   × 0.2 = 0.05
        // weakest = strategy, analytics, security — strategy first although analytics scores lowest (0).
        // strongest: collection (score 1) is the best at level 2.
        let score = SmallModel.score([
            SmallModel.all("full"), ["strategy": "partial", "collection": "full", "analytics": "none", "security": "most"],
        ])
        #expect(nearly(score.levelScores[1], 0.6375))
        #expect(score.workingLevel == 2)
        #expect(score.weakest == ["strategy", "analytics", "security"])
        #expect(score.strongest.first == "collection")
        #expect(!score.strongest.contains("analytics"))
        // total = 1 + 0.6375 = 1.6375 → level 1.
        #expect(nearly(score.total, 1.6375))
        #expect(score.level == 1)
    }

    @Test("strongest and weakest when only one sub-domain falls short")
    func oneShortfall() {
        // level 1 all full = 1 passes; level 2: strategy none, the others full
        //   = 0.5×0 + 0.1875 + 0.0625 + 0.25 = 0.5 < 0.8 → working level 2.
        // Shortfalls: strategy 0.5 × 1 = 0.5, the others 0 → weakest = [strategy].
        // Strongest: the three at 1, ties by id: analytics, collection, security.
        let score = SmallModel.score([SmallModel.all("full"), ["strategy": "none", "collection": "full", "analytics": "full", "security": "full"]])
        #expect(nearly(score.levelScores[1], 0.5))
        #expect(score.weakest == ["strategy"])
        #expect(score.strongest == ["analytics", "collection", "security"])
        #expect(nearly(score.total, 1.5))
        #expect(score.level == 1)
    }

    @Test("every level passed: working level 5, total 5 under both strategies")
    func everythingFull() {
        let all = Array(repeating: SmallModel.all("full"), count: 5)
        for strategy in MaturityModel.GateStrategy.allCases {
            let score = SmallModel.score(all, strategy: strategy)
            #expect(nearly(score.total, 5))
            #expect(score.level == 5)
            #expect(score.workingLevel == 5)
            #expect(score.weakest.isEmpty)  // no shortfall anywhere
        }
    }

    @Test("provisional weights and unverified scoring facts are reported")
    func caveats() {
        let unverified = SmallModel.score([SmallModel.all("full")])
        #expect(unverified.provisionalWeights)
        #expect(unverified.unverified == ["satisfaction", "levelGate", "bands"])
        let verified = MaturityScorer(model: SmallModel.make(verified: true, provisional: false))
            .score(SmallModel.diagnosis([SmallModel.all("full")]), type: .discrete)
        #expect(!verified.provisionalWeights)
        #expect(verified.unverified.isEmpty)
        #expect(verified.model == SmallModel.reference)
    }

    @Test("answers to unknown questions or with unknown grades are ignored by the scorer")
    func strayAnswers() {
        var diagnosis = SmallModel.diagnosis([SmallModel.all("full")])
        diagnosis.answers["q.nowhere.1"] = "full"
        diagnosis.answers["q.strategy.2"] = "brilliant"
        let score = MaturityScorer(model: SmallModel.make()).score(diagnosis, type: .discrete)
        #expect(nearly(score.levelScores[0], 1))
        #expect(score.levelScores[1] == nil)
        #expect(score.total == nil)
    }
}
