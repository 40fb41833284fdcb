import Testing

@testable import FactoryGrading

/// Assessments built in code skip the decoder's range checks; grading must still not trap.
@Suite("Robustness of grading")
struct RobustnessTests {
    @Test("validate(against:) and grade() accept an assessment built in code with a maturity level outside 1–5 without crashing")
    func maturityLevelOutsideRange() async {
        // Run in a child process: if grading traps, only the child dies.
        await #expect(processExitsWith: .success) {
            let pack = try Fixtures.pack()
            for level in [0, 6] {
                let assessment = Build.reaching("basic", pack: pack)
                    .with(maturity: MaturityResult(level: level, score: 2.5, source: .estimate))
                _ = assessment.validate(against: pack)
                _ = grade(assessment, pack: pack)
            }
        }
    }

    @Test("answers and KPIs the pack does not know are ignored by grading")
    func unknownIDsAreIgnored() throws {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("advanced", pack: pack)
        assessment.answers["basic.production.teleportation"] = Answer(.notMet)
        assessment.kpis["kpi.employee-happiness"] = KPIEntry(value: 1, main: true, comparisons: ["provincialAverage": Build.benchmark(99)])
        let result = grade(assessment, pack: pack)
        #expect(result.tierReached == "advanced")
        #expect(result.outcome("basic/kpi-scope").map { rule -> Int in
            guard case .kpiScope(let detail) = rule.detail else { return -1 }
            return detail.indicators.count
        } == 3)
    }

    @Test("an empty assessment is undetermined everywhere, not failed")
    func emptyAssessment() throws {
        let pack = try Fixtures.pack()
        let result = grade(Assessment(pack: pack.reference), pack: pack)
        #expect(result.tierReached == nil)
        #expect(result.tiers.allSatisfy { $0.verdict == .undetermined })
        #expect(result.tiers.flatMap(\.rules).allSatisfy { $0.outcome == .undetermined })
    }
}
