import Testing

@testable import FactoryGrading

@Suite("Gap analysis — main indicator plan")
struct KPIPlanTests {
    static func entry(_ value: Double?, main: Bool?, average benchmark: Double?) -> KPIEntry {
        KPIEntry(value: value, main: main, comparisons: benchmark.map { ["provincialAverage": Build.benchmark($0)] } ?? [:])
    }

    /// Basic reached in every respect except the KPIs, which `kpis` sets (every other KPI gets no entry).
    func assessment(_ kpis: [Int: KPIEntry], pack: CriteriaPack) -> Assessment {
        var assessment = Build.reaching("basic", pack: pack).withoutKPIs()
        for (index, entry) in kpis { assessment.kpis[pack.kpis[index].id] = entry }
        return assessment
    }

    func plan(_ assessment: Assessment, target: String = "basic") throws -> KPIPlan {
        let pack = try Fixtures.pack()
        let report = try #require(GapAnalysis(pack: pack).gaps(for: assessment, target: target))
        return try #require(report.kpis)
    }

    @Test("KPIs already meeting the scope are preferred to a presented one that needs improvement")
    func prefersKPIsAlreadyMeeting() throws {
        let pack = try Fixtures.pack()
        var kpis: [Int: KPIEntry] = [
            0: Self.entry(50, main: true, average: 60),  // presented, short of the average
            1: Self.entry(70, main: true, average: 60),
            2: Self.entry(80, main: true, average: 60),
            5: Self.entry(30, main: false, average: 20),  // not presented, but above the average
            7: Self.entry(30, main: nil, average: 10),
        ]
        for index in pack.kpis.indices where kpis[index] == nil { kpis[index] = KPIEntry(value: nil, main: false) }
        let assessment = self.assessment(kpis, pack: pack)
        #expect(grade(assessment, pack: pack).outcome("basic/kpi-scope")?.outcome == .notMet)
        let plan = try self.plan(assessment)
        #expect(plan.proposedMain == [pack.kpis[1].id, pack.kpis[2].id, pack.kpis[5].id])
        #expect(plan.drop == [pack.kpis[0].id])
        #expect(plan.add == [pack.kpis[5].id])
        #expect(plan.shortfalls.isEmpty)
        #expect(plan.neededBy == ["basic/kpi-scope"])
    }

    @Test("the proposal keeps presented KPIs that meet the scope and presents no more than needed")
    func keepsWhatWorks() throws {
        let pack = try Fixtures.pack()
        let assessment = self.assessment([
            0: Self.entry(50, main: true, average: 40), 1: Self.entry(50, main: true, average: 40),
            3: Self.entry(5, main: false, average: 3), 4: Self.entry(5, main: false, average: 3),
        ], pack: pack)
        let plan = try self.plan(assessment)
        #expect(plan.proposedMain == [pack.kpis[0].id, pack.kpis[1].id, pack.kpis[3].id])
        #expect(plan.drop.isEmpty)
        #expect(plan.add == [pack.kpis[3].id])
    }

    @Test("a presented KPI lacking only a comparison comes before one short of its benchmark, which comes before one without a value")
    func candidateOrder() throws {
        let pack = try Fixtures.pack()
        let meeting: [Int: KPIEntry] = [1: Self.entry(70, main: true, average: 60), 2: Self.entry(70, main: true, average: 60)]
        // KPI 1 is presented with a value but no comparison; KPI 4 is not presented and short of its average.
        var kpis = meeting
        kpis[0] = KPIEntry(value: 50, main: true)
        kpis[3] = Self.entry(3, main: false, average: 4)
        let plan = try self.plan(self.assessment(kpis, pack: pack))
        #expect(plan.proposedMain == [pack.kpis[0].id, pack.kpis[1].id, pack.kpis[2].id])
        #expect(plan.shortfalls == [KPIShortfall(kpi: pack.kpis[0].id, scope: "provincialAverage", need: .comparison)])

        // Without KPI 1, the KPI short of its benchmark is preferred to the sixteen without any value.
        kpis[0] = nil
        let second = try self.plan(self.assessment(kpis, pack: pack))
        #expect(second.proposedMain == [pack.kpis[1].id, pack.kpis[2].id, pack.kpis[3].id])
        #expect(second.shortfalls == [
            KPIShortfall(kpi: pack.kpis[3].id, scope: "provincialAverage", need: .improvement(value: 3, benchmark: 4, comparison: .greaterThan))
        ])
    }

    @Test("when improvement is unavoidable, the smallest relative shortfall is chosen and reported in the KPI's unit")
    func improvementInUnit() throws {
        let pack = try Fixtures.pack()
        var kpis: [Int: KPIEntry] = [1: Self.entry(70, main: true, average: 60), 2: Self.entry(70, main: true, average: 60)]
        for index in pack.kpis.indices where kpis[index] == nil {
            // Every other KPI is far short of the average ...
            kpis[index] = Self.entry(10, main: false, average: 60)
        }
        // ... except the decision-model count, 3 models against an average of 4.
        let models = try #require(pack.kpis.firstIndex { $0.id == "kpi.decision-model-count" })
        kpis[models] = Self.entry(3, main: false, average: 4)
        let plan = try self.plan(assessment(kpis, pack: pack))
        let modelKPI = pack.kpis[models]
        #expect(plan.add == [modelKPI.id])
        let shortfall = try #require(plan.shortfalls.first)
        #expect(plan.shortfalls.count == 1)
        #expect(shortfall == KPIShortfall(kpi: modelKPI.id, scope: "provincialAverage", need: .improvement(value: 3, benchmark: 4, comparison: .greaterThan)))
        let zh = shortfall.text(.zh, pack: pack)
        #expect(zh.contains("3\(modelKPI.unit.zh)"), "\(zh)")
        #expect(zh.contains("4\(modelKPI.unit.zh)"), "\(zh)")
        #expect(zh.contains("差 1\(modelKPI.unit.zh)以上"), "\(zh)")
        let en = shortfall.text(.en, pack: pack)
        #expect(en.contains("> 4"), "\(en)")
        #expect(en.contains(modelKPI.unit.en), "\(en)")
        #expect(en.contains("short by more than 1"), "\(en)")
    }

    @Test("a percentage shortfall is stated in percent against the benchmark, the gap in percentage points")
    func percentShortfall() throws {
        let pack = try Fixtures.pack()
        var kpis: [Int: KPIEntry] = [1: Self.entry(70, main: true, average: 60), 2: Self.entry(70, main: true, average: 60)]
        for index in pack.kpis.indices where kpis[index] == nil { kpis[index] = Self.entry(10, main: false, average: 60) }
        kpis[0] = Self.entry(55.5, main: true, average: 60)
        let plan = try self.plan(assessment(kpis, pack: pack))
        #expect(plan.proposedMain == pack.kpis.prefix(3).map(\.id))
        let shortfall = try #require(plan.shortfalls.first)
        #expect(shortfall.need == .improvement(value: 55.5, benchmark: 60, comparison: .greaterThan))
        #expect(shortfall.text(.en, pack: pack).contains("now 55.5%, needs > 60%"))
        #expect(shortfall.text(.en, pack: pack).contains("short by more than 4.5 percentage points"), "\(shortfall.text(.en, pack: pack))")
        #expect(shortfall.text(.zh, pack: pack).contains("差 4.5 个百分点以上"), "\(shortfall.text(.zh, pack: pack))")
    }

    @Test("for a lowerIsBetter KPI the shortfall must not ask for a value above the benchmark")
    func lowerIsBetterShortfallWording() throws {
        let pack = try editedPack { try $0.set([.key("kpis"), .index(0), .key("direction")], to: "lowerIsBetter") }
        // KPI 1 is lower-is-better: 50 against an average of 40 is worse than average. KPIs 2 and 3 are
        // above their average; every other KPI is far below, so the plan keeps KPI 1 and asks to improve it.
        var kpis: [Int: KPIEntry] = [
            0: Self.entry(50, main: true, average: 40), 1: Self.entry(70, main: true, average: 60), 2: Self.entry(70, main: true, average: 60),
        ]
        for index in pack.kpis.indices where kpis[index] == nil { kpis[index] = Self.entry(10, main: false, average: 95) }
        let assessment = self.assessment(kpis, pack: pack)
        let report = try #require(GapAnalysis(pack: pack).gaps(for: assessment, target: "basic"))
        let shortfall = try #require(report.kpis?.shortfalls.first { $0.kpi == pack.kpis[0].id })
        #expect(shortfall.need == .improvement(value: 50, benchmark: 40, comparison: .greaterThan))
        let en = shortfall.text(.en, pack: pack)
        // 50 is already above 40: the text has to ask for less than 40, not for more.
        #expect(!en.contains("> 40") && !en.contains("≥ 40"), "\(en)")
        #expect(!shortfall.text(.zh, pack: pack).contains("> 40"), "\(shortfall.text(.zh, pack: pack))")
        let rule = try #require(grade(assessment, pack: pack).outcome("basic/kpi-scope"))
        let message = rule.message(.en, pack: pack)
        #expect(!message.contains("> 40"), "\(message)")
    }

    @Test("no plan when the KPI rules of the target are met")
    func noPlanWhenMet() throws {
        let pack = try Fixtures.pack()
        let report = try #require(GapAnalysis(pack: pack).gaps(for: Build.reaching("basic", pack: pack).with("base.scale", .notMet), target: "basic"))
        #expect(report.kpis == nil)
        #expect(report.items.map(\.item) == ["base.scale"])
    }

    @Test("the plan aims at the highest scope the target needs, since meeting it meets the lower ones")
    func planAimsAtHighestScope() throws {
        let pack = try Fixtures.pack()
        // Reaching basic: the three main KPIs meet the provincial average and fail everything above it;
        // every other KPI is far below even the average.
        var assessment = Build.reaching("basic", pack: pack)
        for kpi in pack.kpis.dropFirst(3) { assessment.kpis[kpi.id] = Self.entry(10, main: false, average: 90) }
        let plan = try self.plan(assessment, target: "excellent")
        #expect(plan.proposedMain == pack.kpis.prefix(3).map(\.id))
        #expect(plan.neededBy == ["advanced/kpi-scope", "excellent/kpi-scope"])
        #expect(plan.shortfalls == pack.kpis.prefix(3).map {
            KPIShortfall(kpi: $0.id, scope: "nationalLeading", need: .improvement(value: 50, benchmark: 60, comparison: .atLeast))
        })
    }

    @Test("a KPI that meets the highest scope but fails a lower one directly is not left as is")
    func lowerScopeFailureIsNotIgnored() throws {
        let pack = try Fixtures.pack()
        // Value 50 against benchmarks of 50: not above the provincial average (strict), yet at the
        // national leading level (inclusive). basic/kpi-scope fails on it, so excellent is not reached.
        let kpi = pack.kpis[0]
        let comparisons: IdentifierMap<KPIComparison> = [
            "provincialAverage": Build.benchmark(50), "provincialLeading": Build.benchmark(50), "nationalLeading": Build.benchmark(50),
        ]
        let assessment = Build.reaching("excellent", pack: pack).with(kpi: kpi.id, KPIEntry(value: 50, main: true, comparisons: comparisons))
        let result = grade(assessment, pack: pack)
        #expect(result.outcome("basic/kpi-scope")?.outcome == .notMet)
        #expect(result.outcome("excellent/kpi-scope")?.outcome == .met)
        let report = try #require(GapAnalysis(pack: pack).gaps(for: assessment, result: result, target: "excellent"))
        #expect(!report.alreadyQualified)
        #expect(!report.isEmpty, "excellent is not reached, yet the gap report lists nothing to change")
        let plan = try #require(report.kpis)
        #expect(!plan.proposedMain.contains(kpi.id) || plan.shortfalls.contains { $0.kpi == kpi.id },
                "the plan keeps \(kpi.id) as a main indicator with nothing to do, though it fails basic/kpi-scope")
    }

    @Test("a proposed indicator met only on the assessor's declaration is listed as a condition of the target")
    func declaredIndicatorIsAConditionAhead() throws {
        let pack = try Fixtures.pack()
        let declared = KPIEntry(value: 40, main: true, comparisons: ["provincialAverage": .declared(meets: true, evidence: "行业协会统计")])
        let assessment = self.assessment([
            0: Self.entry(50, main: true, average: 60),  // short: the kpi-scope rule fails, so basic carries no conditions yet
            1: Self.entry(70, main: true, average: 60),
            2: declared,
            4: Self.entry(30, main: false, average: 20),
        ], pack: pack)
        let result = grade(assessment, pack: pack)
        #expect(result.outcome("basic/kpi-scope")?.outcome == .notMet)
        #expect(result.verdict("basic")?.conditions.isEmpty == true)
        let report = try #require(GapAnalysis(pack: pack).gaps(for: assessment, result: result, target: "basic"))
        let plan = try #require(report.kpis)
        #expect(plan.proposedMain == [pack.kpis[1].id, pack.kpis[2].id, pack.kpis[4].id])
        let condition = Condition.declaredComparison(kpi: pack.kpis[2].id, scope: "provincialAverage")
        #expect(plan.declaredConditions == [condition])
        #expect(report.conditions == [condition])

        // Following the plan gives exactly that condition.
        var followed = assessment
        followed.kpis[pack.kpis[0].id]?.main = false
        followed.kpis[pack.kpis[4].id]?.main = true
        let after = grade(followed, pack: pack)
        #expect(after.verdict("basic")?.verdict == .qualified)
        #expect(after.verdict("basic")?.conditions == [condition])
    }

    @Test("one KPI declared short of several scopes is one line naming them all; other shortfalls keep their own lines")
    func declaredShortfallsShareALine() throws {
        let pack = try Fixtures.pack()
        let (a, b) = (pack.kpis[0].id, pack.kpis[1].id)
        let shortfalls = [
            KPIShortfall(kpi: a, scope: "provincialAverage", need: .declaredShort),
            KPIShortfall(kpi: a, scope: "provincialLeading", need: .declaredShort),
            KPIShortfall(kpi: a, scope: "globalLeading", need: .comparison),
            KPIShortfall(kpi: b, scope: "provincialAverage", need: .declaredShort),
        ]
        let groups = KPIShortfall.grouped(shortfalls)
        #expect(groups.map(\.count) == [2, 1, 1])
        let line = KPIShortfall.text(groups[0], .en, pack: pack)
        #expect(line == "\(pack.kpis[0].name.en): declared short of \"\(try #require(pack.scope("provincialAverage")).name.en)\", \"\(try #require(pack.scope("provincialLeading")).name.en)\"; improve and compare again")
        #expect(KPIShortfall.text(groups[0], .zh, pack: pack).contains("”、“"))
        #expect(KPIShortfall.text(groups[2], .en, pack: pack) == shortfalls[3].text(.en, pack: pack))
    }
}
