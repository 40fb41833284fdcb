import Testing

@testable import FactoryGrading

@Suite("Rule kind: kpiScope (主要技术经济指标)")
struct KPIScopeRuleTests {
    func detail(_ result: GradingResult, _ ruleID: String) throws -> (outcome: RuleOutcome, detail: KPIScopeDetail) {
        let outcome = try #require(result.outcome(ruleID))
        guard case .kpiScope(let detail) = outcome.detail else { throw EditError(description: "\(ruleID) has no KPI detail") }
        return (outcome, detail)
    }

    /// The three KPIs `Build.reaching` presents as main indicators.
    func mains(_ pack: CriteriaPack) -> [KPI] { Array(pack.kpis.prefix(3)) }

    static func entry(_ value: Double?, main: Bool? = true, _ comparisons: IdentifierMap<KPIComparison>) -> KPIEntry {
        KPIEntry(value: value, main: main, comparisons: comparisons)
    }

    @Test("three main indicators all above the provincial average meet basic")
    func baseline() throws {
        let pack = try Fixtures.pack()
        let (rule, detail) = try self.detail(grade(Build.reaching("basic", pack: pack), pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .met)
        #expect(detail.indicators.map(\.kpi) == mains(pack).map(\.id))
        #expect(detail.indicators.allSatisfy { $0.outcome == .met })
        #expect(detail.minimumCount == 3)
        #expect(detail.undecided == 0)
    }

    @Test("fewer than three main indicators: not met once every KPI is decided")
    func tooFewDecided() throws {
        let pack = try Fixtures.pack()
        let third = mains(pack)[2]
        let assessment = Build.reaching("basic", pack: pack).with(kpi: third.id, KPIEntry(value: 50, main: false))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .notMet)
        #expect(detail.indicators.count == 2)
        #expect(detail.undecided == 0)
    }

    @Test("fewer than three main indicators: undetermined while some KPIs are undecided")
    func tooFewUndecided() throws {
        let pack = try Fixtures.pack()
        let third = mains(pack)[2]
        let assessment = Build.reaching("basic", pack: pack).with(kpi: third.id, KPIEntry(value: 50, main: nil))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .undetermined)
        #expect(detail.undecided == 1)

        let (none, noneDetail) = try self.detail(grade(Build.reaching("basic", pack: pack).withoutKPIs(), pack: pack), "basic/kpi-scope")
        #expect(none.outcome == .undetermined)
        #expect(noneDetail.undecided == pack.kpis.count)
    }

    @Test("too few presented and too few left undecided to make up the number is not met")
    func tooFewEvenWithUndecided() throws {
        let pack = try Fixtures.pack()
        let (first, second, third) = (mains(pack)[0], mains(pack)[1], mains(pack)[2])
        let assessment = Build.reaching("basic", pack: pack)
            .with(kpi: second.id, KPIEntry(value: 50, main: false)).with(kpi: third.id, KPIEntry(value: 50, main: nil))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "basic/kpi-scope")
        #expect(detail.indicators.map(\.kpi) == [first.id])
        #expect(rule.outcome == .notMet)
    }

    @Test("one failing main indicator fails the rule, however many others meet")
    func oneFailingMain() throws {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("basic", pack: pack)
        for kpi in pack.kpis.prefix(6) {
            assessment = assessment.with(kpi: kpi.id, Self.entry(50, ["provincialAverage": Build.benchmark(for: kpi, meets: true)]))
        }
        #expect(grade(assessment, pack: pack).outcome("basic/kpi-scope")?.outcome == .met)
        let failing = pack.kpis[4]
        assessment = assessment.with(kpi: failing.id, Self.entry(50, ["provincialAverage": Build.benchmark(for: failing, meets: false)]))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .notMet)
        #expect(detail.indicators.filter { $0.outcome == .notMet }.map(\.kpi) == [failing.id])
    }

    @Test("a main indicator with a benchmark but no value is undetermined")
    func mainWithoutValue() throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        let assessment = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(nil, ["provincialAverage": Build.benchmark(40)]))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .undetermined)
        #expect(detail.indicators.first?.outcome == .undetermined)
    }

    @Test("高于平均水平 is strict: equal to the provincial average is not above it")
    func averageIsStrict() throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        let equal = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(50, ["provincialAverage": Build.benchmark(50)]))
        let (rule, detail) = try self.detail(grade(equal, pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .notMet)
        #expect(detail.indicators.first?.basis == .benchmark(scope: "provincialAverage", value: 50, source: Build.benchmarkSource, comparison: .greaterThan))
        let above = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(50.01, ["provincialAverage": Build.benchmark(50)]))
        #expect(grade(above, pack: pack).outcome("basic/kpi-scope")?.outcome == .met)
    }

    @Test("处于领先水平 is inclusive: equal to the leading benchmark is leading", arguments: [
        ("advanced", "provincialLeading"), ("excellent", "nationalLeading"), ("leading", "globalLeading"),
    ])
    func leadingIsInclusive(tier: String, scope: String) throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        var assessment = Build.reaching(tier, pack: pack)
        var comparisons = try #require(assessment.kpis[first.id]).comparisons
        comparisons[scope] = Build.benchmark(50)
        assessment = assessment.with(kpi: first.id, Self.entry(50, comparisons))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "\(tier)/kpi-scope")
        #expect(rule.outcome == .met)
        #expect(detail.indicators.first?.basis == .benchmark(scope: scope, value: 50, source: Build.benchmarkSource, comparison: .atLeast))
        comparisons[scope] = Build.benchmark(50.5)
        let short = grade(assessment.with(kpi: first.id, Self.entry(50, comparisons)), pack: pack)
        #expect(short.outcome("\(tier)/kpi-scope")?.outcome == .notMet)
    }

    @Test("Grader.meets in both directions and both comparisons", arguments: [
        (50.0, 40.0, KPI.Direction.higherIsBetter, InterpretationParameters.Comparison.greaterThan, true),
        (50, 50, .higherIsBetter, .greaterThan, false),
        (50, 50, .higherIsBetter, .atLeast, true),
        (49, 50, .higherIsBetter, .atLeast, false),
        (30, 40, .lowerIsBetter, .greaterThan, true),
        (40, 40, .lowerIsBetter, .greaterThan, false),
        (40, 40, .lowerIsBetter, .atLeast, true),
        (41, 40, .lowerIsBetter, .atLeast, false),
    ])
    func meets(value: Double, benchmark: Double, direction: KPI.Direction, comparison: InterpretationParameters.Comparison, expected: Bool) {
        #expect(Grader.meets(value, benchmark, direction: direction, comparison: comparison) == expected)
    }

    @Test("lowerIsBetter (a pack copy with the direction flipped): below the average is better")
    func lowerIsBetter() throws {
        let pack = try editedPack { try $0.set([.key("kpis"), .index(0), .key("direction")], to: "lowerIsBetter") }
        let kpi = pack.kpis[0]
        #expect(kpi.direction == .lowerIsBetter)
        func outcome(_ value: Double, _ benchmark: Double, tier: String = "basic", scope: String = "provincialAverage") throws -> Outcome? {
            var assessment = Build.reaching(tier, pack: pack)
            var comparisons = try #require(assessment.kpis[kpi.id]).comparisons
            comparisons[scope] = Build.benchmark(benchmark)
            assessment = assessment.with(kpi: kpi.id, Self.entry(value, comparisons))
            return grade(assessment, pack: pack).outcome("\(tier)/kpi-scope")?.outcome
        }
        #expect(try outcome(30, 40) == .met)
        #expect(try outcome(50, 40) == .notMet)
        #expect(try outcome(40, 40) == .notMet)
        #expect(try outcome(40, 40, tier: "advanced", scope: "provincialLeading") == .met)
        #expect(try outcome(41, 40, tier: "advanced", scope: "provincialLeading") == .notMet)
        // The builder's benchmarks follow the direction, so the built assessments still reach their tier.
        #expect(grade(Build.reaching("excellent", pack: pack), pack: pack).tierReached == "excellent")
    }

    @Test("meeting a higher scope counts for a lower one")
    func higherImpliesLower() throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        let assessment = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(50, ["nationalLeading": Build.benchmark(50)]))
        let (rule, detail) = try self.detail(grade(assessment, pack: pack), "basic/kpi-scope")
        #expect(rule.outcome == .met)
        #expect(detail.indicators.first?.basis == .benchmark(scope: "nationalLeading", value: 50, source: Build.benchmarkSource, comparison: .atLeast))
    }

    @Test("failing a lower scope fails a higher one")
    func lowerFailureImpliesHigher() throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        var assessment = Build.reaching("advanced", pack: pack)
        assessment = assessment.with(kpi: first.id, Self.entry(50, ["provincialAverage": Build.benchmark(55)]))
        let result = grade(assessment, pack: pack)
        let (rule, detail) = try self.detail(result, "advanced/kpi-scope")
        #expect(rule.outcome == .notMet)
        #expect(detail.indicators.first?.basis == .benchmark(scope: "provincialAverage", value: 55, source: Build.benchmarkSource, comparison: .greaterThan))
        #expect(result.tierReached == nil)
    }

    @Test("a failed higher scope says nothing about a lower one, and a met lower scope nothing about a higher one")
    func noImplicationTheOtherWay() throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        let failedHigh = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(50, ["globalLeading": Build.benchmark(90)]))
        #expect(grade(failedHigh, pack: pack).outcome("basic/kpi-scope")?.outcome == .undetermined)
        let metLow = Build.reaching("advanced", pack: pack).with(kpi: first.id, Self.entry(50, ["provincialAverage": Build.benchmark(10)]))
        #expect(grade(metLow, pack: pack).outcome("advanced/kpi-scope")?.outcome == .undetermined)
    }

    @Test("with kpiScope.higherScopeImpliesLower = false each scope needs its own comparison")
    func noImplicationWhenDisabled() throws {
        let pack = try editedPack { try $0.set([.key("parameters"), .id("kpiScope.higherScopeImpliesLower"), .key("value")], to: false) }
        let first = mains(pack)[0]
        let assessment = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(50, ["nationalLeading": Build.benchmark(50)]))
        #expect(grade(assessment, pack: pack).outcome("basic/kpi-scope")?.outcome == .undetermined)
    }

    @Test("declared comparisons meet the scope on condition, and are listed as conditions")
    func declaredComparisons() throws {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("basic", pack: pack)
        for kpi in mains(pack) {
            assessment = assessment.with(kpi: kpi.id, Self.entry(50, ["provincialAverage": .declared(meets: true, evidence: "协会对标报告")]))
        }
        let result = grade(assessment, pack: pack)
        let rule = try #require(result.outcome("basic/kpi-scope"))
        #expect(rule.outcome == .met)
        #expect(rule.conditions == mains(pack).map { .declaredComparison(kpi: $0.id, scope: "provincialAverage") })
        #expect(result.tierReached == "basic")
        #expect(result.verdict("basic")?.isConditional == true)
    }

    @Test("a declared higher scope carries its condition down; a declaration of not meeting fails")
    func declaredHigherScopeAndDeclaredShort() throws {
        let pack = try Fixtures.pack()
        let first = mains(pack)[0]
        let higher = Build.reaching("basic", pack: pack)
            .with(kpi: first.id, Self.entry(50, ["provincialLeading": .declared(meets: true, evidence: "省协会证明")]))
        #expect(grade(higher, pack: pack).outcome("basic/kpi-scope")?.conditions == [.declaredComparison(kpi: first.id, scope: "provincialLeading")])
        let short = Build.reaching("basic", pack: pack)
            .with(kpi: first.id, Self.entry(50, ["provincialAverage": .declared(meets: false, evidence: "自查")]))
        let rule = try #require(grade(short, pack: pack).outcome("basic/kpi-scope"))
        #expect(rule.outcome == .notMet)
        #expect(rule.conditions.isEmpty)
    }

    @Test("mainIndicators.minimumCount = 2 in a modified pack accepts two main indicators")
    func minimumCountParameter() throws {
        let pack = try editedPack { try $0.set([.key("parameters"), .id("mainIndicators.minimumCount"), .key("value")], to: 2) }
        let third = mains(pack)[2]
        let assessment = Build.reaching("basic", pack: pack).with(kpi: third.id, KPIEntry(value: 50, main: false))
        #expect(grade(assessment, pack: pack).outcome("basic/kpi-scope")?.outcome == .met)
    }

    @Test("kpiScope.averageComparison = atLeast in a modified pack accepts a value equal to the average")
    func averageComparisonParameter() throws {
        let pack = try editedPack { try $0.set([.key("parameters"), .id("kpiScope.averageComparison"), .key("value")], to: "atLeast") }
        let first = mains(pack)[0]
        let equal = Build.reaching("basic", pack: pack).with(kpi: first.id, Self.entry(50, ["provincialAverage": Build.benchmark(50)]))
        #expect(grade(equal, pack: pack).outcome("basic/kpi-scope")?.outcome == .met)
    }
}
