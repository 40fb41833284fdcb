import Testing

@testable import FactoryGrading

/// Checks an assessment against the pack it names.
@Suite("Assessment documents — validation against the pack")
struct AssessmentValidationTests {
    /// Decodes the sample after `edit` (which must keep it decodable) and validates it against the bundled pack.
    func validate(_ steps: [Step] = [], _ value: JSONValue? = nil) throws -> [Diagnostic] {
        let document = steps.isEmpty ? SampleAssessment.json : try DocumentCase("", steps, value, .emptyText, at: "").document()
        let (assessment, diagnostics) = Assessment.decode(json: document)
        let decoded = try #require(assessment, "\(diagnostics.summary)")
        return decoded.validate(against: try Fixtures.pack())
    }

    static func excepted(_ justification: String = "该环节不适用") -> JSONValue {
        .object([JSONMember("status", "excepted"), JSONMember("justification", .string(justification))])
    }

    @Test("a complete assessment built for each tier validates without any diagnostic", arguments: [nil] + Fixtures.tierIDs)
    func completeAssessmentIsClean(tier: String?) throws {
        let pack = try Fixtures.pack()
        #expect(Build.reaching(tier, pack: pack).validate(against: pack).isEmpty)
    }

    @Test("the sample's exception on an excellent construction item is accepted")
    func exceptionOnExcellentConstruction() throws {
        let found = try validate()
        #expect(!found.containsError, "\(found.summary)")
    }

    @Test("exceptions are refused on items no coverage rule lets be excepted", arguments: [
        "basic.production.realtime-monitoring", "advanced.design.intelligent-design-tools", "leading.factory.digital-twin",
        "base.security", "excellent.outcome.talent-system",
    ])
    func exceptionNotAllowed(item: String) throws {
        let found = try validate([.key("answers"), .key(item)], Self.excepted())
        #expect(found.hasError(.exceptionNotAllowed(item), at: #"$.answers["\#(item)"].status"#), "\(found.summary)")
    }

    @Test("an answer to an item the pack does not have")
    func unknownItem() throws {
        let found = try validate([.key("answers"), .key("basic.production.teleportation")], "met")
        #expect(found.hasError(.unknownItem("basic.production.teleportation"), at: #"$.answers["basic.production.teleportation"]"#), "\(found.summary)")
    }

    @Test("a KPI the pack does not have")
    func unknownKPI() throws {
        let found = try validate([.key("kpis"), .key("kpi.employee-happiness")], .object([JSONMember("value", 90)]))
        #expect(found.hasError(.unknownKPI("kpi.employee-happiness"), at: #"$.kpis["kpi.employee-happiness"]"#), "\(found.summary)")
    }

    @Test("KPI values outside the valid range are errors", arguments: [
        ("kpi.key-equipment-nc-rate", 120.0, Problem.outOfRange(120, min: 0, max: 100)),
        ("kpi.key-equipment-nc-rate", -0.5, Problem.outOfRange(-0.5, min: 0, max: 100)),
        ("kpi.decision-model-count", -1.0, Problem.outOfRange(-1, min: 0, max: nil)),
        ("kpi.decision-model-count", 2.5, Problem.countNotWhole(2.5)),
        ("kpi.replication-enterprise-count", 0.5, Problem.countNotWhole(0.5)),
        ("kpi.sales-growth", -101.0, Problem.outOfRange(-101, min: -100, max: nil)),
    ])
    func outOfRange(kpi: String, value: Double, problem: Problem) throws {
        let found = try validate([.key("kpis"), .key(kpi)], .object([JSONMember("value", .number(value)), JSONMember("main", true)]))
        #expect(found.hasError(problem, at: #"$.kpis["\#(kpi)"].value"#), "\(found.summary)")
    }

    @Test("benchmarks are range-checked like values")
    func benchmarkOutOfRange() throws {
        let found = try validate(
            [.key("kpis"), .key("kpi.key-equipment-nc-rate"), .key("comparisons"), .key("provincialAverage"), .key("benchmark")], 130)
        #expect(
            found.hasError(.outOfRange(130, min: 0, max: 100), at: #"$.kpis["kpi.key-equipment-nc-rate"].comparisons.provincialAverage.benchmark"#),
            "\(found.summary)")
    }

    @Test("a comparison against a scope the pack does not have")
    func unknownScope() throws {
        let pack = try Fixtures.pack()
        let comparison: JSONValue = .object([JSONMember("benchmark", 50), JSONMember("source", "市统计局")])
        let found = try validate([.key("kpis"), .key("kpi.oee-gain"), .key("comparisons"), .key("cityAverage")], comparison)
        #expect(
            found.hasError(.unknownScope("cityAverage", allowed: pack.kpiScopes.map(\.id)), at: #"$.kpis["kpi.oee-gain"].comparisons.cityAverage"#),
            "\(found.summary)")
    }

    @Test("implausible but valid values are warnings, not errors", arguments: [
        ("kpi.decision-model-count", 5000.0, Problem.implausibleKPI(5000, min: 0, max: 1000)),
        ("kpi.development-cycle-reduction", -500.0, Problem.implausibleKPI(-500, min: -300, max: 100)),
        ("kpi.sales-growth", 450.0, Problem.implausibleKPI(450, min: -100, max: 300)),
    ])
    func implausible(kpi: String, value: Double, problem: Problem) throws {
        let found = try validate([.key("kpis"), .key(kpi)], .object([JSONMember("value", .number(value))]))
        #expect(found.hasWarning(problem, at: #"$.kpis["\#(kpi)"].value"#), "\(found.summary)")
        #expect(!found.containsError, "\(found.summary)")
    }

    @Test("unanswered items are counted in a warning; excepted counts as answered, a bare note does not")
    func unanswered() throws {
        let pack = try Fixtures.pack()
        let found = try validate()
        // The sample answers base.scale, base.security and the excepted item; base.organisation has only a note.
        #expect(found.hasWarning(.unanswered(answered: 3, total: pack.items.count), at: "$.answers"), "\(found.summary)")
        #expect(Build.reaching("basic", pack: pack).with("base.scale", nil).validate(against: pack)
            .hasWarning(.unanswered(answered: pack.items.count - 1, total: pack.items.count), at: "$.answers"))
    }

    @Test("a region outside Hebei is a warning")
    func regionOutsidePack() throws {
        let found = try validate([.key("profile"), .key("regionCode")], "110105")
        #expect(found.hasWarning(.regionOutsidePack("110105", packRegion: "13"), at: "$.profile.regionCode"), "\(found.summary)")
        #expect(!found.containsError)
    }

    @Test("a main indicator without a value is a warning")
    func mainWithoutValue() throws {
        let found = try validate([.key("kpis"), .key("kpi.oee-gain"), .key("value")], nil)
        #expect(found.hasWarning(.mainIndicatorWithoutValue("kpi.oee-gain"), at: #"$.kpis["kpi.oee-gain"]"#), "\(found.summary)")
    }
}
