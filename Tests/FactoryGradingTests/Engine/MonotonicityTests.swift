import Testing

@testable import FactoryGrading

/// Meeting one more requirement can never cost a tier.
@Suite("Monotonicity")
struct MonotonicityTests {
    static let assessmentCount = 300

    /// A pseudo-random assessment aimed at a random tier: the items up to that tier are nearly all met,
    /// the ones above it met or not at random; the maturity level is around what the tier needs; a few
    /// KPIs are presented as main indicators with benchmarks (or declarations) that mostly meet the
    /// scopes up to the tier's. Some answers are missing and some excellent items excepted.
    static func randomAssessment(_ pack: CriteriaPack, using generator: inout SeededGenerator) -> Assessment {
        let aim = Int.random(in: 0...pack.tiers.count, using: &generator)
        var answers: IdentifierMap<Answer> = [:]
        for item in pack.items {
            let roll = Double.random(in: 0..<1, using: &generator)
            let status: AnswerStatus?
            if pack.rank(ofItem: item) <= aim {
                status = roll < 0.995 ? .met : roll < 0.998 ? .notMet : nil
            } else {
                status = roll < 0.5 ? .met : roll < 0.9 ? .notMet : nil
            }
            if item.kind == .construction, item.tier == "excellent", generator.chance(0.03) {
                answers[item.id] = Answer(.excepted, justification: "不适用")
            } else if let status {
                answers[item.id] = Answer(status)
            }
        }
        var maturity: MaturityResult?
        if generator.chance(0.92) {
            let needed = aim == 0 ? 1 : pack.tiers.filter { $0.rank <= aim }.compactMap { pack.minimumMaturity(for: $0.id) }.max() ?? 1
            let level = generator.chance(0.05) ? nil : min(5, max(1, needed + (generator.chance(0.2) ? -1 : generator.chance(0.5) ? 0 : 1)))
            maturity = generator.chance(0.75)
                ? MaturityResult(level: level, source: .official, reportNumber: "CMMM-\(aim)", reportDate: "2025-06-30")
                : MaturityResult(level: level, source: .estimate)
        }
        var kpis: IdentifierMap<KPIEntry> = [:]
        let aimScope = max(0, min(pack.kpiScopes.count, aim + (generator.chance(0.2) ? -1 : generator.chance(0.5) ? 0 : 1)))
        let mainCount = generator.chance(0.15) ? 2 : Int.random(in: 3...5, using: &generator)
        let mains = Set(pack.kpis.shuffled(using: &generator).prefix(mainCount).map(\.id))
        for kpi in pack.kpis where mains.contains(kpi.id) || generator.chance(0.9) {
            let main: Bool? = mains.contains(kpi.id) ? true : generator.chance(0.05) ? nil : false
            let value: Double? = generator.chance(0.03) ? nil : Double(Int.random(in: 20...80, using: &generator))
            var comparisons: IdentifierMap<KPIComparison> = [:]
            for scope in pack.kpiScopes {
                if scope.rank <= aimScope, generator.chance(0.95) {
                    if generator.chance(0.1) {
                        comparisons[scope.id] = .declared(meets: generator.chance(0.95), evidence: "自评")
                    } else {
                        let base = value ?? 50
                        let gap = Double(Int.random(in: 0...10, using: &generator))
                        comparisons[scope.id] = Build.benchmark(kpi.direction == .higherIsBetter ? base - gap : base + gap)
                    }
                } else if generator.chance(0.4) {
                    comparisons[scope.id] = Build.benchmark(Double(Int.random(in: 0...100, using: &generator)))
                }
            }
            kpis[kpi.id] = KPIEntry(value: value, main: main, comparisons: comparisons)
        }
        return Assessment(pack: pack.reference, answers: answers, maturity: maturity, kpis: kpis)
    }

    static func rank(_ result: GradingResult, _ pack: CriteriaPack) -> Int { pack.rank(of: result.tierReached) }

    @Test("turning any single notMet answer into met never lowers the tier reached")
    func notMetToMet() throws {
        let pack = try Fixtures.pack()
        let grader = Grader(pack: pack)
        var generator = SeededGenerator(seed: 0x5EED_2025)
        var reached: [Int: Int] = [:]
        var flips = 0
        var raised = 0
        for index in 0..<Self.assessmentCount {
            let assessment = Self.randomAssessment(pack, using: &generator)
            let before = Self.rank(grader.grade(assessment), pack)
            reached[before, default: 0] += 1
            for (id, answer) in assessment.answers.sorted(by: { $0.key < $1.key }) where answer.status == .notMet {
                let after = Self.rank(grader.grade(assessment.with(id, .met)), pack)
                flips += 1
                if after > before { raised += 1 }
                #expect(after >= before, "assessment #\(index): meeting \(id) lowered the tier from rank \(before) to \(after)")
            }
        }
        // The property must not hold vacuously: the generator reaches several tiers and flips do matter.
        #expect(reached.keys.count == pack.tiers.count + 1, "tiers reached by rank: \(reached)")
        #expect(flips > 1000)
        #expect(raised > 0)
    }

    @Test("answering an unanswered item as met, or an exception as met, never lowers the tier reached")
    func unknownOrExceptedToMet() throws {
        let pack = try Fixtures.pack()
        let grader = Grader(pack: pack)
        var generator = SeededGenerator(seed: 0xC0FF_EE11)
        for index in 0..<100 {
            let assessment = Self.randomAssessment(pack, using: &generator)
            let before = Self.rank(grader.grade(assessment), pack)
            let candidates = pack.items.filter { assessment.status(of: $0.id) == nil || assessment.status(of: $0.id) == .excepted }
            for item in candidates {
                let after = Self.rank(grader.grade(assessment.with(item.id, .met)), pack)
                #expect(after >= before, "assessment #\(index): meeting \(item.id) lowered the tier from rank \(before) to \(after)")
            }
        }
    }

    @Test("raising the maturity level never lowers the tier reached")
    func maturityUp() throws {
        let pack = try Fixtures.pack()
        let grader = Grader(pack: pack)
        var generator = SeededGenerator(seed: 39116)
        for index in 0..<200 {
            let assessment = Self.randomAssessment(pack, using: &generator)
            guard let maturity = assessment.maturity, let level = maturity.level, level < 5 else { continue }
            var higher = maturity
            higher.level = level + 1
            let before = Self.rank(grader.grade(assessment), pack)
            let after = Self.rank(grader.grade(assessment.with(maturity: higher)), pack)
            #expect(after >= before, "assessment #\(index)")
        }
    }
}
