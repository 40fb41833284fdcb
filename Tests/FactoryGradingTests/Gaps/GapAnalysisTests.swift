import Testing

@testable import FactoryGrading

@Suite("Gap analysis — items and maturity")
struct GapAnalysisTests {
    func gaps(_ assessment: Assessment, target: String? = nil) throws -> GapReport {
        let pack = try Fixtures.pack()
        return try #require(GapAnalysis(pack: pack).gaps(for: assessment, target: target))
    }

    @Test("without a target, the target is the next tier up", arguments: [nil] + Fixtures.tierIDs.dropLast())
    func defaultTarget(tier: String?) throws {
        let pack = try Fixtures.pack()
        let report = try gaps(Build.reaching(tier, pack: pack))
        let next = try #require(pack.tiers.first { $0.rank == pack.rank(of: tier) + 1 })
        #expect(report.target == next.id)
        #expect(report.current == tier)
        #expect(!report.alreadyQualified)
        #expect(report.tiers == pack.tiers.filter { $0.rank <= next.rank }.map(\.id))
    }

    @Test("exactly the failing items of the next tier are listed")
    func nextTierItems() throws {
        let pack = try Fixtures.pack()
        let report = try gaps(Build.reaching("basic", pack: pack))
        let expected = pack.requiredConstructionItems(for: "advanced").map(\.id) + pack.outcomeItems(for: "advanced").map(\.id)
        #expect(report.items.map(\.item) == pack.items.map(\.id).filter(expected.contains))
        #expect(report.items.allSatisfy { $0.status == .notMet })
        #expect(report.maturity == nil, "level 2 is enough for advanced")
        #expect(report.kpis != nil, "the KPIs fail the provincial leading benchmark")
    }

    @Test("an explicit target two tiers up includes the failures of the tiers below it")
    func twoTiersUp() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("advanced", pack: pack).with("basic.production.realtime-monitoring", .notMet)
        let report = try gaps(assessment, target: "excellent")
        #expect(report.current == nil)
        #expect(report.target == "excellent")
        #expect(report.tiers == ["basic", "advanced", "excellent"])
        let basic = try #require(report.items.first { $0.item == "basic.production.realtime-monitoring" })
        #expect(basic.neededBy == ["basic/coverage"])
        #expect(basic.status == .notMet)
        // Everything excellent needs and nothing advanced already has.
        let excellent = pack.requiredConstructionItems(for: "excellent").map(\.id) + pack.outcomeItems(for: "excellent").map(\.id)
        #expect(Set(report.items.map(\.item)) == Set(excellent + ["basic.production.realtime-monitoring"]))
        #expect(report.maturity == MaturityGap(current: 2, required: 3, neededBy: ["excellent/maturity"]))
    }

    @Test("nothing is listed that is not needed: no met item, no item of an encouraged area, no repeats")
    func nothingUnneeded() throws {
        let pack = try Fixtures.pack()
        // Nothing is met except the basic requirements; target basic.
        var assessment = Build.reaching(nil, pack: pack).with(pack.baseItems, .met)
        assessment = assessment.with("basic.production.realtime-monitoring", .met)
        let report = try gaps(assessment, target: "basic")
        #expect(report.items.map(\.item) == ["basic.production.process-automation"])
        let optional = Set(pack.optionalConstructionItems(for: "basic").map(\.id))
        #expect(!report.items.contains { optional.contains($0.item) })

        var generator = SeededGenerator(seed: 4754)
        for _ in 0..<50 {
            let random = MonotonicityTests.randomAssessment(pack, using: &generator)
            for target in Fixtures.tierIDs {
                guard let report = GapAnalysis(pack: pack).gaps(for: random, target: target), !report.alreadyQualified else { continue }
                #expect(report.items.allSatisfy { random.status(of: $0.item) != .met })
                #expect(Set(report.items.map(\.item)).count == report.items.count)
                #expect(report.items.map(\.item) == pack.items.map(\.id).filter(Set(report.items.map(\.item)).contains), "pack order")
                let tierRank = pack.rank(of: target)
                for gap in report.items {
                    let item = try #require(pack.item(gap.item))
                    #expect(pack.rank(ofItem: item) <= tierRank, "\(gap.item) is above \(target)")
                    if item.kind == .construction, let tier = item.tier, let area = item.area {
                        #expect(pack.coverageRule(for: tier)?.requiredAreas.contains(area) == true, "\(gap.item) is in an encouraged area")
                    }
                }
            }
        }
    }

    @Test("a basic requirement failed at every tier is listed once, needed by every tier's rule")
    func deduplicated() throws {
        let pack = try Fixtures.pack()
        let report = try gaps(Build.reaching("excellent", pack: pack).with("base.security", .notMet), target: "leading")
        let security = report.items.filter { $0.item == "base.security" }
        #expect(security.count == 1)
        #expect(security.first?.neededBy == pack.tiers.map { "\($0.id)/security" })
    }

    @Test("unanswered items that are needed are listed as unanswered")
    func unansweredListed() throws {
        let pack = try Fixtures.pack()
        let report = try gaps(Build.reaching("basic", pack: pack).with("basic.production.process-automation", nil), target: "basic")
        #expect(report.items == [ItemGap(item: "basic.production.process-automation", status: nil, neededBy: ["basic/coverage"])])
    }

    @Test("the maturity gap is the highest level the target and the tiers below need", arguments: [
        ("basic", 2), ("advanced", 2), ("excellent", 3), ("leading", 4),
    ])
    func maturityGap(target: String, required: Int) throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching(nil, pack: pack).with(maturity: Build.officialMaturity(1))
        let report = try gaps(assessment, target: target)
        let maturity = try #require(report.maturity)
        #expect(maturity.required == required)
        #expect(maturity.current == 1)
        #expect(maturity.neededBy == pack.tiers.filter { $0.rank <= pack.rank(of: target) }.map { "\($0.id)/maturity" })
    }

    @Test("an unknown maturity level is a gap too")
    func unknownMaturity() throws {
        let pack = try Fixtures.pack()
        let report = try gaps(Build.reaching("basic", pack: pack).with(maturity: nil), target: "basic")
        #expect(report.maturity == MaturityGap(current: nil, required: 2, neededBy: ["basic/maturity"]))
    }

    @Test("too many excepted areas: the excepted items of the area with the fewest exceptions are listed")
    func excessExceptions() throws {
        let pack = try Fixtures.pack()
        let factory = pack.constructionItems(tier: "excellent", area: "factory").prefix(3).map(\.id)
        let design = "excellent.design.model-based-optimisation"
        var assessment = Build.reaching("excellent", pack: pack).with(design, .excepted)
        for item in factory { assessment = assessment.with(item, .excepted) }
        #expect(grade(assessment, pack: pack).tierReached == "advanced")
        let report = try gaps(assessment)
        #expect(report.target == "excellent")
        #expect(report.items == [ItemGap(item: design, status: .excepted, neededBy: ["excellent/coverage"])])
        #expect(report.maturity == nil)
        #expect(report.kpis == nil)
    }

    @Test("three excepted areas: the two with the fewest exceptions must be met")
    func excessExceptionsTwoAreas() throws {
        let pack = try Fixtures.pack()
        let factory = pack.constructionItems(tier: "excellent", area: "factory").prefix(3).map(\.id)
        let design = pack.constructionItems(tier: "excellent", area: "design").prefix(2).map(\.id)
        let production = "excellent.production.online-quality-control"
        var assessment = Build.reaching("excellent", pack: pack).with(production, .excepted)
        for item in factory + design { assessment = assessment.with(item, .excepted) }
        let report = try gaps(assessment, target: "excellent")
        #expect(Set(report.items.map(\.item)) == Set(design + [production]))
    }

    @Test("exceptions where the rule allows none are listed as items to meet")
    func exceptionsNotAllowed() throws {
        let pack = try Fixtures.pack()
        let item = "leading.design.virtual-validation"
        let report = try gaps(Build.reaching("leading", pack: pack).with(item, .excepted), target: "leading")
        #expect(report.items == [ItemGap(item: item, status: .excepted, neededBy: ["leading/coverage"])])
    }

    @Test("a target already qualified gives an empty report")
    func alreadyQualified() throws {
        let pack = try Fixtures.pack()
        for target in ["basic", "advanced", "excellent"] {
            let report = try gaps(Build.reaching("excellent", pack: pack), target: target)
            #expect(report.alreadyQualified)
            #expect(report.isEmpty)
            #expect(report.current == "excellent")
        }
        #expect(GapAnalysis(pack: pack).gaps(for: Build.reaching("leading", pack: pack)) == nil, "nothing above leading")
        let top = try gaps(Build.reaching("leading", pack: pack), target: "leading")
        #expect(top.alreadyQualified && top.isEmpty)
        #expect(top.lines(.en, pack: pack).last?.contains("nothing is missing") == true)
    }

    @Test("closing every listed gap reaches the target", arguments: Fixtures.tierIDs)
    func closingTheGapsReachesTheTarget(target: String) throws {
        let pack = try Fixtures.pack()
        var generator = SeededGenerator(seed: UInt64(target.utf8.count) * 7919)
        for _ in 0..<30 {
            let assessment = MonotonicityTests.randomAssessment(pack, using: &generator)
            guard let report = GapAnalysis(pack: pack).gaps(for: assessment, target: target), !report.alreadyQualified else { continue }
            var fixed = assessment
            for gap in report.items { fixed = fixed.with(gap.item, .met) }
            if let maturity = report.maturity { fixed.maturity = Build.officialMaturity(maturity.required) }
            if report.kpis != nil {
                // Present the KPIs the plan proposes with benchmarks they meet at every scope the target needs.
                let scopes = pack.kpiScopes.filter { $0.rank <= (pack.kpiScope(for: target)?.rank ?? 0) }
                for kpi in pack.kpis {
                    let proposed = report.kpis?.proposedMain.contains(kpi.id) == true
                    var entry = fixed.kpis[kpi.id] ?? KPIEntry(value: nil)
                    entry.main = proposed
                    if proposed {
                        entry.value = 50
                        for scope in scopes { entry.comparisons[scope.id] = Build.benchmark(for: kpi, meets: true) }
                    }
                    fixed.kpis[kpi.id] = entry
                }
            }
            let result = grade(fixed, pack: pack)
            #expect(result.verdict(target)?.verdict == .qualified, "gaps \(report.items.map(\.item)) did not suffice")
        }
    }

    @Test("the report lists the conditions the needed tiers depend on")
    func conditions() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack).with(maturity: MaturityResult(level: 2, source: .estimate))
        let report = try gaps(assessment)
        #expect(report.target == "advanced")
        #expect(report.conditions == [.estimatedMaturity(level: 2)])
        #expect(try gaps(Build.reaching("basic", pack: pack)).conditions.isEmpty)
    }
}

