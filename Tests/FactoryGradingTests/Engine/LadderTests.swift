import Testing

@testable import FactoryGrading

@Suite("Rule kind: ladder (梯度递进)")
struct LadderTests {
    @Test("advanced is not qualified when basic fails, even though all of advanced's own rules pass")
    func lowerTierFailureBlocks() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("advanced", pack: pack).with("basic.production.realtime-monitoring", .notMet)
        let result = grade(assessment, pack: pack)
        #expect(result.verdict("basic")?.verdict == .notQualified)
        let advanced = try #require(result.verdict("advanced"))
        #expect(advanced.verdict == .notQualified)
        #expect(advanced.rules.filter { $0.outcome != .met }.map(\.rule.id) == ["advanced/ladder"])
        #expect(result.outcome("advanced/ladder")?.detail == .ladder(lowerTier: "basic", lowerVerdict: .notQualified))
        #expect(result.tierReached == nil)
    }

    @Test("an undetermined lower tier leaves the ladder rule undetermined")
    func undeterminedLowerTier() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("advanced", pack: pack).with("basic.production.realtime-monitoring", nil), pack: pack)
        #expect(result.verdict("basic")?.verdict == .undetermined)
        #expect(result.outcome("advanced/ladder")?.outcome == .undetermined)
        #expect(result.verdict("advanced")?.verdict == .undetermined)
        #expect(result.tierReached == nil)
    }

    @Test("the failure propagates up the whole ladder")
    func propagates() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("leading", pack: pack).with("basic.production.process-automation", .notMet), pack: pack)
        for tier in pack.tiers.dropFirst() {
            #expect(result.outcome("\(tier.id)/ladder")?.outcome == .notMet)
            #expect(result.verdict(tier.id)?.verdict == .notQualified)
        }
    }

    @Test("a met ladder rule carries the lower tier's conditions")
    func carriesConditions() throws {
        let pack = try Fixtures.pack()
        // basic meets its scope on a declaration; advanced's own scope is benchmarked.
        var assessment = Build.reaching("advanced", pack: pack)
        let first = pack.kpis[0]
        var comparisons = try #require(assessment.kpis[first.id]).comparisons
        comparisons["provincialAverage"] = .declared(meets: true, evidence: "协会证明")
        assessment = assessment.with(kpi: first.id, KPIEntry(value: 50, main: true, comparisons: comparisons))
        let result = grade(assessment, pack: pack)
        let condition = Condition.declaredComparison(kpi: first.id, scope: "provincialAverage")
        #expect(result.outcome("advanced/kpi-scope")?.conditions == [])
        #expect(result.outcome("advanced/ladder")?.conditions == [condition])
        #expect(result.tierReached == "advanced")
        #expect(result.verdict("advanced")?.isConditional == true)
        #expect(result.conditions == [condition])
    }

    @Test("leading admits no exception: an area excepted at excellent does not carry up through the ladder")
    func exceptionDoesNotCarryIntoLeading() throws {
        let pack = try Fixtures.pack()
        let design = pack.constructionItems(tier: "excellent", area: "design")
        let assessment = Build.reaching("leading", pack: pack).with(design, .excepted)
        let result = grade(assessment, pack: pack)
        let excellent = try #require(result.verdict("excellent"))
        #expect(excellent.verdict == .qualified)
        #expect(excellent.isConditional)
        #expect(excellent.restsOnAreaException)
        let ladder = try #require(result.outcome("leading/ladder"))
        #expect(ladder.outcome == .notMet)
        #expect(ladder.conditions == [])
        #expect(ladder.detail == .ladder(lowerTier: "excellent", lowerVerdict: .qualified))
        #expect(ladder.message(.en, pack: pack).contains("qualified only with an area excepted"), "\(ladder.message(.en, pack: pack))")
        #expect(ladder.message(.zh, pack: pack).contains("不允许例外"), "\(ladder.message(.zh, pack: pack))")
        #expect(result.verdict("leading")?.verdict == .notQualified)
        #expect(result.tierReached == "excellent")
        // Meeting the excepted items instead lifts the factory to leading, unconditionally.
        let met = grade(assessment.with(design, .met), pack: pack)
        #expect(met.tierReached == "leading")
        #expect(met.verdict("leading")?.isConditional == false)
    }

    @Test("a condition other than an area exception still carries into leading")
    func otherConditionsCarryIntoLeading() throws {
        let pack = try Fixtures.pack()
        let estimate = MaturityResult(level: 5, source: .estimate)
        let result = grade(Build.reaching("leading", pack: pack).with(maturity: estimate), pack: pack)
        #expect(result.outcome("leading/ladder")?.outcome == .met)
        #expect(result.tierReached == "leading")
        #expect(result.verdict("leading")?.isConditional == true)
    }

    @Test("gaps to leading list the items excepted at excellent, not the exception as a condition")
    func gapsListExceptedItems() throws {
        let pack = try Fixtures.pack()
        let design = pack.constructionItems(tier: "excellent", area: "design")
        let assessment = Build.reaching("leading", pack: pack).with(design, .excepted)
        let gaps = try #require(GapAnalysis(pack: pack).gaps(for: assessment, target: "leading"))
        #expect(!gaps.alreadyQualified)
        #expect(gaps.items.map(\.item) == design.map(\.id))
        #expect(gaps.items.allSatisfy { $0.status == .excepted && $0.neededBy == ["leading/ladder"] })
        #expect(!gaps.conditions.contains { if case .areaException = $0 { true } else { false } })
        // Aiming at excellent itself, the exception stays a condition and nothing is to be met.
        let toExcellent = try #require(GapAnalysis(pack: pack).gaps(for: assessment, target: "excellent"))
        #expect(toExcellent.alreadyQualified)
        #expect(toExcellent.conditions.contains(.areaException(tier: "excellent", area: "design", items: design.map(\.id))))
    }

    @Test("ladder: independent (a modified pack) removes the ladder rules and grades each tier on its own")
    func independentLadder() throws {
        let pack = try editedPack { try $0.set([.key("parameters"), .id("ladder"), .key("value")], to: "independent") }
        #expect(pack.interpretation.ladder == .independent)
        for tier in pack.tiers { #expect(!tier.rules.contains { $0.kind.name == "ladder" }, "\(tier.id)") }
        let assessment = Build.reaching("advanced", pack: pack).with("basic.production.realtime-monitoring", .notMet)
        let result = grade(assessment, pack: pack)
        #expect(result.verdict("basic")?.verdict == .notQualified)
        #expect(result.verdict("advanced")?.verdict == .qualified)
        #expect(result.tierReached == "advanced")
        // Gap analysis then needs only the target tier's rules.
        let gaps = try #require(GapAnalysis(pack: pack).gaps(for: assessment, target: "excellent"))
        #expect(gaps.tiers == ["excellent"])
        #expect(!gaps.items.contains { $0.item == "basic.production.realtime-monitoring" })
    }
}
