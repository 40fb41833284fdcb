import BundledCriteria
import Foundation
import Testing

@testable import FactoryGrading

@Suite("Bundled pack hebei-2025 1.0.0")
struct BundledPackTests {
    @Test("it is found among the bundled resources and loads without diagnostics")
    func loads() throws {
        let url = try #require(BundledCriteria.packsDirectory?.appendingPathComponent("hebei-2025/1.0.0.json"))
        let bytes = try Data(contentsOf: url)
        let pack = try CriteriaPack(jsonBytes: bytes)
        #expect(pack.id == "hebei-2025")
        #expect(pack.version == "1.0.0")
        #expect(pack.reference == PackReference(id: "hebei-2025", version: "1.0.0"))
        #expect(pack.region == "13")
    }

    @Test("four tiers, lowest first: basic < advanced < excellent < leading")
    func tiers() throws {
        let pack = try Fixtures.pack()
        #expect(pack.tiers.map(\.id) == Fixtures.tierIDs)
        #expect(pack.tiers.map(\.rank) == [1, 2, 3, 4])
        #expect(pack.tiers.map(\.name.zh) == ["基础级", "先进级", "卓越级", "领航级"])
    }

    @Test("the cumulative ladder adds a first rule to every tier above the lowest, naming the tier below")
    func ladderRules() throws {
        let pack = try Fixtures.pack()
        #expect(pack.interpretation.ladder == .cumulative)
        #expect(!pack.tiers[0].rules.contains { $0.kind.name == "ladder" })
        for (lower, tier) in zip(pack.tiers, pack.tiers.dropFirst()) {
            let first = try #require(tier.rules.first)
            #expect(first.id == "\(tier.id)/ladder")
            #expect(first.kind == .ladder(lowerTier: lower.id))
            #expect(tier.rules.filter { $0.kind.name == "ladder" }.count == 1)
        }
    }

    @Test("the KPIs of 附1: twenty, numbered 1–20, with five categories and four scopes")
    func kpis() throws {
        let pack = try Fixtures.pack()
        #expect(pack.kpis.count == 20)
        #expect(pack.kpis.map(\.number) == Array(1...20))
        #expect(Set(pack.kpis.map(\.category)) == Set(pack.kpiCategories.map(\.id)))
        #expect(pack.kpiCategories.count == 5)
        #expect(pack.kpiScopes.map(\.id) == ["provincialAverage", "provincialLeading", "nationalLeading", "globalLeading"])
        #expect(pack.kpiScopes.map(\.kind) == [.average, .leading, .leading, .leading])
    }

    @Test("all nine interpretation parameters are documented with their typed values")
    func parameters() throws {
        let pack = try Fixtures.pack()
        #expect(pack.parameters.count == 9)
        #expect(Set(pack.parameters.map(\.id)) == Set(InterpretationParameters.knownIDs))
        let interpretation = pack.interpretation
        #expect(interpretation.mainIndicatorsMinimumCount == 3)
        #expect(interpretation.scaleThresholdRevenue == 20_000_000)
        #expect(interpretation.scaleItem == "base.scale")
        #expect(interpretation.maxExceptedAreas == 1)
        #expect(interpretation.averageComparison == .greaterThan)
        #expect(interpretation.leadingComparison == .atLeast)
        #expect(interpretation.higherScopeImpliesLower)
        #expect(!interpretation.coverageIncludesLowerTierItems)
        #expect(interpretation.maturityScoreBands == [0.8, 1.8, 2.8, 3.8, 4.8])
    }

    @Test("five construction areas covering the fourteen 环节 of the 2024 scenario guide")
    func areas() throws {
        let pack = try Fixtures.pack()
        #expect(pack.areas.map(\.id) == ["factory", "design", "production", "production-mgmt", "operations-mgmt"])
        #expect(pack.areas.flatMap(\.segments).count == 14)
    }

    @Test("maturity gates: level 2 for basic and advanced, 3 for excellent, 4 for leading (附件 一、5)")
    func maturityGates() throws {
        let pack = try Fixtures.pack()
        #expect(Fixtures.tierIDs.map { pack.minimumMaturity(for: $0) } == [2, 2, 3, 4])
    }

    @Test("coverage: basic needs 生产作业, advanced three areas, excellent all five with exceptions, leading all five")
    func coverage() throws {
        let pack = try Fixtures.pack()
        #expect(pack.coverageRule(for: "basic")?.requiredAreas == ["production"])
        #expect(Set(pack.coverageRule(for: "advanced")?.requiredAreas ?? []) == ["production", "production-mgmt", "operations-mgmt"])
        #expect(Set(pack.coverageRule(for: "excellent")?.requiredAreas ?? []) == Set(pack.areas.map(\.id)))
        #expect(pack.coverageRule(for: "excellent")?.exceptions == .withJustification)
        #expect(Set(pack.coverageRule(for: "leading")?.requiredAreas ?? []) == Set(pack.areas.map(\.id)))
        #expect(pack.coverageRule(for: "leading")?.exceptions == Rule.ExceptionPolicy.none)
    }

    @Test("the KPI scope rises with the tier")
    func kpiScopes() throws {
        let pack = try Fixtures.pack()
        #expect(Fixtures.tierIDs.map { pack.kpiScope(for: $0)?.id } == ["provincialAverage", "provincialLeading", "nationalLeading", "globalLeading"])
    }

    @Test("every tier's rules start with the four basic requirements")
    func baseItemsInEveryTier() throws {
        let pack = try Fixtures.pack()
        let base = Set(pack.baseItems.map(\.id))
        #expect(base.count == 4)
        for tier in pack.tiers {
            let named = Set(tier.rules.compactMap { rule -> String? in
                if case .item(let id) = rule.kind { return id }
                return nil
            })
            #expect(base.isSubset(of: named), "\(tier.id)")
        }
    }

    @Test("a pack catalog finds the pack by id and version and explains a missing version")
    func catalog() throws {
        let pack = try Fixtures.pack()
        let catalog = PackCatalog(packs: [pack])
        #expect(catalog.pack(id: "hebei-2025")?.version == "1.0.0")
        guard case .failure(let diagnostic) = catalog.pack(for: PackReference(id: "hebei-2025", version: "9.9.9")) else {
            Issue.record("an unknown version must not resolve")
            return
        }
        #expect(diagnostic.problem == .unknownPackVersion("hebei-2025", "9.9.9", available: ["1.0.0"]))
        #expect(diagnostic.path?.description == "$.pack.version")
        guard case .failure(let other) = catalog.pack(for: PackReference(id: "shanxi-2025", version: "1.0.0")) else {
            Issue.record("an unknown pack must not resolve")
            return
        }
        #expect(other.problem == .unknownPack("shanxi-2025", available: ["hebei-2025"]))
        #expect(other.path?.description == "$.pack.id")
    }
}
