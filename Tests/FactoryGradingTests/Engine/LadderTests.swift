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
