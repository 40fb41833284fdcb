import Testing

@testable import FactoryGrading

@Suite("Consistency warnings")
struct ConsistencyWarningTests {
    func warnings(revenue: Double?, scale: AnswerStatus? = .met) throws -> [Diagnostic] {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("basic", pack: pack).with("base.scale", scale)
        assessment.profile.annualRevenue = revenue
        return grade(assessment, pack: pack).warnings
    }

    @Test("revenue below 20 million CNY while 规模以上 is answered met")
    func revenueBelowThreshold() throws {
        let found = try warnings(revenue: 19_999_999)
        #expect(found == [.warning(.revenueBelowScaleThreshold(revenue: 19_999_999, threshold: 20_000_000), at: JSONPath.root.appending("profile").appending("annualRevenue"))])
        #expect(found.first?.message(.en).contains("20000000") == true)
    }

    @Test("no revenue warning at or above the threshold, without a revenue, or when 规模以上 is not claimed")
    func noRevenueWarning() throws {
        #expect(try warnings(revenue: 20_000_000).isEmpty)
        #expect(try warnings(revenue: 350_000_000).isEmpty)
        #expect(try warnings(revenue: nil).isEmpty)
        #expect(try warnings(revenue: 5_000_000, scale: .notMet).isEmpty)
        #expect(try warnings(revenue: 5_000_000, scale: nil).isEmpty)
    }

    @Test("the threshold comes from the pack's scaleThresholdRevenue parameter")
    func thresholdParameter() throws {
        let pack = try editedPack { try $0.set([.key("parameters"), .id("scaleThresholdRevenue"), .key("value")], to: 50_000_000) }
        var assessment = Build.reaching("basic", pack: pack)
        assessment.profile.annualRevenue = 30_000_000
        #expect(grade(assessment, pack: pack).warnings.map(\.problem) == [.revenueBelowScaleThreshold(revenue: 30_000_000, threshold: 50_000_000)])
    }

    @Test("a maturity score outside its level's band (GB/T 39117) is flagged", arguments: [
        (3, 2.5, 2.8, Double?.some(3.8)), (3, 3.9, 2.8, 3.8), (3, 3.8, 2.8, 3.8), (1, 0.5, 0.8, 1.8), (2, 3.0, 1.8, 2.8), (5, 4.7, 4.8, nil),
    ])
    func scoreOutsideBand(level: Int, score: Double, lower: Double, upper: Double?) throws {
        let pack = try Fixtures.pack()
        let maturity = MaturityResult(level: level, score: score, source: .official, reportNumber: "R", reportDate: "2025-01-01")
        let found = grade(Build.reaching("basic", pack: pack).with(maturity: maturity), pack: pack).warnings
        #expect(found == [.warning(
            .maturityScoreOutsideBand(score: score, level: level, lower: lower, upper: upper),
            at: JSONPath.root.appending("maturity").appending("score"))])
    }

    @Test("scores inside the band, edges included, are not flagged", arguments: [
        (3, 2.8), (3, 3.79), (3, 3.3), (1, 0.8), (2, 1.8), (4, 3.8), (5, 4.8), (5, 5.0),
    ])
    func scoreInsideBand(level: Int, score: Double) throws {
        let pack = try Fixtures.pack()
        let maturity = MaturityResult(level: level, score: score, source: .estimate)
        #expect(grade(Build.reaching("basic", pack: pack).with(maturity: maturity), pack: pack).warnings.isEmpty)
    }

    @Test("no score, no band check")
    func noScore() throws {
        let pack = try Fixtures.pack()
        #expect(grade(Build.reaching("basic", pack: pack).with(maturity: MaturityResult(level: 2, source: .estimate)), pack: pack).warnings.isEmpty)
    }

    @Test("warnings do not change the verdict")
    func warningsDoNotGrade() throws {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("advanced", pack: pack)
        assessment.profile.annualRevenue = 1_000_000
        assessment.maturity?.score = 4.9
        let result = grade(assessment, pack: pack)
        #expect(result.warnings.count == 2)
        #expect(result.tierReached == "advanced")
    }
}
