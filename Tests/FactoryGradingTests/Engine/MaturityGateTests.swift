import Testing

@testable import FactoryGrading

@Suite("Rule kind: maturityGate (GB/T 39116)")
struct MaturityGateTests {
    @Test("basic needs level 2: below, at, above", arguments: [(1, Outcome.notMet), (2, .met), (3, .met), (5, .met)])
    func official(level: Int, outcome: Outcome) throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with(maturity: Build.officialMaturity(level)), pack: pack)
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == outcome)
        #expect(rule.detail == .maturity(minimumLevel: 2, evidence: MaturityEvidence(level: level, source: .official)))
        #expect(rule.conditions.isEmpty)
        #expect(result.tierReached == (outcome == .met ? "basic" : nil))
    }

    @Test("each tier's gate: one level short fails the tier", arguments: Fixtures.tierIDs)
    func oneLevelShort(tier: String) throws {
        let pack = try Fixtures.pack()
        let minimum = try #require(pack.minimumMaturity(for: tier))
        let result = grade(Build.reaching(tier, pack: pack).with(maturity: Build.officialMaturity(minimum - 1)), pack: pack)
        #expect(result.outcome("\(tier)/maturity")?.outcome == .notMet)
        #expect(result.verdict(tier)?.verdict == .notQualified)
    }

    @Test("a missing maturity result, or one without a level, leaves the gate undetermined")
    func missing() throws {
        let pack = try Fixtures.pack()
        for maturity in [nil, MaturityResult(level: nil, source: .official, reportNumber: "X", reportDate: "2025-01-01")] {
            let result = grade(Build.reaching("basic", pack: pack).with(maturity: maturity), pack: pack)
            #expect(result.outcome("basic/maturity")?.outcome == .undetermined)
            #expect(result.verdict("basic")?.verdict == .undetermined)
            #expect(result.tierReached == nil)
        }
    }

    @Test("an in-tool estimate that reaches the gate makes the tier conditional")
    func estimate() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with(maturity: MaturityResult(level: 2, source: .estimate)), pack: pack)
        let rule = try #require(result.outcome("basic/maturity"))
        #expect(rule.outcome == .met)
        #expect(rule.conditions == [.estimatedMaturity(level: 2)])
        #expect(result.tierReached == "basic")
        #expect(result.verdict("basic")?.isConditional == true)
        #expect(result.conditions == [.estimatedMaturity(level: 2)])
    }

    @Test("an estimate below the gate fails it without a condition")
    func estimateBelow() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with(maturity: MaturityResult(level: 1, source: .estimate)), pack: pack)
        #expect(result.outcome("basic/maturity")?.outcome == .notMet)
        #expect(result.outcome("basic/maturity")?.conditions == [])
        #expect(result.conditions.isEmpty)
    }

    @Test("official results carry no condition")
    func officialIsUnconditional() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("excellent", pack: pack), pack: pack)
        #expect(result.tierReached == "excellent")
        #expect(result.verdict("excellent")?.isConditional == false)
    }
}
