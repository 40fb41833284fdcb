import Testing

@testable import FactoryGrading

/// For each tier T: an assessment that reaches exactly T, and single answers whose loss drops it.
@Suite("Tier boundaries")
struct TierBoundaryTests {
    @Test("the built assessment reaches exactly its tier, with every verdict decided", arguments: [nil] + Fixtures.tierIDs)
    func reachesExactly(tier: String?) throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching(tier, pack: pack), pack: pack)
        #expect(result.tierReached == tier)
        let rank = pack.rank(of: tier)
        for verdict in result.tiers {
            let expected: Verdict = pack.rank(of: verdict.tier) <= rank ? .qualified : .notQualified
            #expect(verdict.verdict == expected, "\(verdict.tier)")
            #expect(!verdict.isConditional)
        }
        #expect(result.conditions.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test("losing a required construction item of T drops the result to the tier below", arguments: Fixtures.tierIDs)
    func requiredConstructionItem(tier: String) throws {
        let pack = try Fixtures.pack()
        let items = pack.requiredConstructionItems(for: tier)
        #expect(!items.isEmpty)
        let reached = Build.reaching(tier, pack: pack)
        for item in items {
            let result = grade(reached.with(item.id, .notMet), pack: pack)
            #expect(result.tierReached == pack.tierID(below: tier), "\(item.id)")
            #expect(result.outcome("\(tier)/coverage")?.outcome == .notMet, "\(item.id)")
        }
    }

    @Test("losing one of T's outcome items (建设成效) drops the result to the tier below", arguments: Fixtures.tierIDs)
    func outcomeItem(tier: String) throws {
        let pack = try Fixtures.pack()
        let reached = Build.reaching(tier, pack: pack)
        let items = pack.outcomeItems(for: tier)
        // 基础级 has no qualitative outcome item; its outcome is the KPI scope alone.
        #expect(items.isEmpty == (tier == "basic"))
        for item in items {
            #expect(grade(reached.with(item.id, .notMet), pack: pack).tierReached == pack.tierID(below: tier), "\(item.id)")
        }
        // Failing T's KPI scope does the same.
        let first = pack.kpis[0]
        var comparisons = try #require(reached.kpis[first.id]).comparisons
        comparisons[try #require(pack.kpiScope(for: tier)).id] = Build.benchmark(for: first, meets: false)
        let kpiFailed = reached.with(kpi: first.id, KPIEntry(value: 50, main: true, comparisons: comparisons))
        #expect(grade(kpiFailed, pack: pack).tierReached == pack.tierID(below: tier))
    }

    @Test("losing a basic requirement (基础要求) loses every tier, since every tier requires it", arguments: Fixtures.tierIDs)
    func baseItem(tier: String) throws {
        let pack = try Fixtures.pack()
        let reached = Build.reaching(tier, pack: pack)
        for item in pack.baseItems {
            let result = grade(reached.with(item.id, .notMet), pack: pack)
            #expect(result.tierReached == nil, "\(item.id)")
            for verdict in result.tiers { #expect(verdict.verdict == .notQualified, "\(item.id) \(verdict.tier)") }
        }
    }

    @Test("losing an item of an area T only encourages keeps T", arguments: Fixtures.tierIDs)
    func optionalItem(tier: String) throws {
        let pack = try Fixtures.pack()
        let reached = Build.reaching(tier, pack: pack)
        for item in pack.optionalConstructionItems(for: tier) {
            #expect(grade(reached.with(item.id, .notMet), pack: pack).tierReached == tier, "\(item.id)")
        }
    }

    @Test("meeting one more item of the tier above is not enough to climb", arguments: Fixtures.tierIDs.dropLast())
    func oneItemAboveIsNotEnough(tier: String) throws {
        let pack = try Fixtures.pack()
        let next = try #require(pack.tiers.first { $0.rank == pack.rank(of: tier) + 1 })
        let reached = Build.reaching(tier, pack: pack)
        for item in pack.requiredConstructionItems(for: next.id).prefix(3) {
            #expect(grade(reached.with(item.id, .met), pack: pack).tierReached == tier, "\(item.id)")
        }
    }
}
