import Testing

@testable import FactoryGrading

@Suite("Assessment documents — decoding")
struct AssessmentDecodingTests {
    @Test("the sample document decodes to the assessment it describes, without diagnostics")
    func decodesSample() throws {
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(SampleAssessment.text.utf8))
        #expect(diagnostics.isEmpty, "\(diagnostics.summary)")
        #expect(assessment == SampleAssessment.expected)
    }

    @Test("a syntax error is reported with its line and column")
    func syntaxError() {
        let text = "{\n  \"format\": \"factorygrading.assessment\",\n}"
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        #expect(assessment == nil)
        #expect(diagnostics == [.error(.syntax(JSONSyntaxError(reason: .unexpectedCharacter("}"), line: 3, column: 1)))])
    }

    static let wrongTypes: [DocumentCase] = [
        .init("revenue as text", [.key("profile"), .key("annualRevenue")], "三亿元",
              .wrongType(expected: "number", found: .string), at: "$.profile.annualRevenue"),
        .init("answers as an array", [.key("answers")], .array([]), .wrongType(expected: "object", found: .array), at: "$.answers"),
        .init("an answer as a number", [.key("answers"), .key("base.scale")], 1,
              .wrongType(expected: "object", found: .number), at: #"$.answers["base.scale"]"#),
        .init("a KPI value with a percent sign", [.key("kpis"), .key("kpi.key-equipment-nc-rate"), .key("value")], "85%",
              .wrongType(expected: "number", found: .string), at: #"$.kpis["kpi.key-equipment-nc-rate"].value"#),
        .init("main as \"yes\"", [.key("kpis"), .key("kpi.oee-gain"), .key("main")], "yes",
              .wrongType(expected: "boolean", found: .string), at: #"$.kpis["kpi.oee-gain"].main"#),
        .init("maturity level as text", [.key("maturity"), .key("level")], "3",
              .wrongType(expected: "number", found: .string), at: "$.maturity.level"),
        .init("profile as a string", [.key("profile")], "唐山", .wrongType(expected: "object", found: .string), at: "$.profile"),
        .init("a benchmark as text", [.key("kpis"), .key("kpi.key-equipment-nc-rate"), .key("comparisons"), .key("provincialAverage"), .key("benchmark")],
              "60", .wrongType(expected: "number", found: .string), at: #"$.kpis["kpi.key-equipment-nc-rate"].comparisons.provincialAverage.benchmark"#),
        .init("an empty enterprise name", [.key("profile"), .key("enterpriseName")], "  ", .emptyText, at: "$.profile.enterpriseName"),
    ]

    static let unknownFields: [DocumentCase] = [
        .init("at the top level", [.key("colour")], "red", .unknownField("colour", allowed: []), at: "$"),
        .init("in the profile", [.key("profile"), .key("phone")], "0315-1234567", .unknownField("phone", allowed: []), at: "$.profile"),
        .init("in an answer", [.key("answers"), .key("base.security"), .key("note")], "x", .unknownField("note", allowed: []),
              at: #"$.answers["base.security"]"#),
        .init("in a KPI entry", [.key("kpis"), .key("kpi.decision-model-count"), .key("target")], 20, .unknownField("target", allowed: []),
              at: #"$.kpis["kpi.decision-model-count"]"#),
        .init("in the maturity result", [.key("maturity"), .key("grade")], "A", .unknownField("grade", allowed: []), at: "$.maturity"),
        .init("in the pack reference", [.key("pack"), .key("url")], "x", .unknownField("url", allowed: []), at: "$.pack"),
    ]

    static let badValues: [DocumentCase] = [
        .init("credit code with a wrong check character", [.key("profile"), .key("creditCode")], "91350100M000100Y44",
              .invalidCreditCode("91350100M000100Y44", .checkCharacterMismatch(found: "4", expected: "3")), at: "$.profile.creditCode"),
        .init("credit code with the letter O", [.key("profile"), .key("creditCode")], "91350100M0O0100Y43",
              .invalidCreditCode("91350100M0O0100Y43", .invalidCharacter("O", position: 11)), at: "$.profile.creditCode"),
        .init("credit code too short", [.key("profile"), .key("creditCode")], "91350100M000100Y",
              .invalidCreditCode("91350100M000100Y", .wrongLength(16)), at: "$.profile.creditCode"),
        .init("29 February 2026", [.key("profile"), .key("assessmentDate")], "2026-02-29", .invalidDate("2026-02-29"), at: "$.profile.assessmentDate"),
        .init("report date in month 13", [.key("maturity"), .key("reportDate")], "2025-13-01", .invalidDate("2025-13-01"), at: "$.maturity.reportDate"),
        .init("region code of no province", [.key("profile"), .key("regionCode")], "990100", .invalidRegionCode("990100"), at: "$.profile.regionCode"),
        .init("retail industry code", [.key("profile"), .key("industryCode")], "5211", .notManufacturing("5211"), at: "$.profile.industryCode"),
        .init("malformed industry code", [.key("profile"), .key("industryCode")], "C34845", .invalidIndustryCode("C34845"), at: "$.profile.industryCode"),
        .init("negative revenue", [.key("profile"), .key("annualRevenue")], -1, .outOfRange(-1, min: 0, max: nil), at: "$.profile.annualRevenue"),
        .init("unknown manufacturing type", [.key("profile"), .key("manufacturingType")], "hybrid",
              .notOneOf("hybrid", allowed: ["discrete", "process"]), at: "$.profile.manufacturingType"),
        .init("unknown answer word", [.key("answers"), .key("base.scale")], "yes", .notOneOf("yes", allowed: ["met", "notMet", "excepted"]),
              at: #"$.answers["base.scale"]"#),
        .init("maturity level 6", [.key("maturity"), .key("level")], 6, .outOfRange(6, min: 1, max: 5), at: "$.maturity.level"),
        .init("maturity level 2.5", [.key("maturity"), .key("level")], 2.5, .notInteger(2.5), at: "$.maturity.level"),
        .init("maturity score above 5", [.key("maturity"), .key("score")], 5.2, .outOfRange(5.2, min: 0, max: 5), at: "$.maturity.score"),
        .init("unknown maturity source", [.key("maturity"), .key("source")], "guess", .notOneOf("guess", allowed: ["official", "estimate"]),
              at: "$.maturity.source"),
        .init("formatVersion 2", [.key("formatVersion")], 2, .unsupportedFormatVersion(2, supported: 1), at: "$.formatVersion"),
        .init("a pack file given as an assessment", [.key("format")], "factorygrading.criteria-pack",
              .wrongFormat(found: "factorygrading.criteria-pack", expected: "factorygrading.assessment"), at: "$.format"),
        .init("no pack reference", [.key("pack")], nil, .missingField("pack"), at: "$"),
        .init("no pack version", [.key("pack"), .key("version")], nil, .missingField("version"), at: "$.pack"),
    ]

    static let missingJustifications: [DocumentCase] = [
        .init("excepted as a bare word", [.key("answers"), .key(SampleAssessment.exceptedItem)], "excepted", .justificationRequired,
              at: #"$.answers["\#(SampleAssessment.exceptedItem)"]"#),
        .init("excepted object without a justification", [.key("answers"), .key(SampleAssessment.exceptedItem), .key("justification")], nil,
              .justificationRequired, at: #"$.answers["\#(SampleAssessment.exceptedItem)"]"#),
        .init("official maturity without a report number", [.key("maturity"), .key("reportNumber")], nil,
              .officialReportDetailsMissing("reportNumber"), at: "$.maturity"),
        .init("official maturity without a report date", [.key("maturity"), .key("reportDate")], nil,
              .officialReportDetailsMissing("reportDate"), at: "$.maturity"),
        .init("a benchmark without its source", [.key("kpis"), .key("kpi.key-equipment-nc-rate"), .key("comparisons"), .key("provincialAverage"), .key("source")],
              nil, .sourceRequired, at: #"$.kpis["kpi.key-equipment-nc-rate"].comparisons.provincialAverage"#),
        .init("a declaration without evidence", [.key("kpis"), .key("kpi.oee-gain"), .key("comparisons"), .key("provincialLeading"), .key("evidence")],
              nil, .evidenceRequired, at: #"$.kpis["kpi.oee-gain"].comparisons.provincialLeading"#),
        .init("a comparison with neither benchmark nor declaration", [.key("kpis"), .key("kpi.oee-gain"), .key("comparisons"), .key("provincialLeading")],
              .object([]), .missingField("benchmark | declared"), at: #"$.kpis["kpi.oee-gain"].comparisons.provincialLeading"#),
    ]

    @Test("wrong types", arguments: wrongTypes)
    func wrongType(_ edit: DocumentCase) throws { try expectError(edit) }

    @Test("unknown fields", arguments: unknownFields)
    func unknownField(_ edit: DocumentCase) throws { try expectError(edit) }

    @Test("invalid values", arguments: badValues)
    func badValue(_ edit: DocumentCase) throws { try expectError(edit) }

    @Test("missing justification, evidence or report details", arguments: missingJustifications)
    func missingDetails(_ edit: DocumentCase) throws { try expectError(edit) }

    @Test("an estimate needs no report number")
    func estimateNeedsNoReport() throws {
        var document = SampleAssessment.json
        try document.set([.key("maturity")], to: .object([JSONMember("level", 2), JSONMember("source", "estimate")]))
        let (assessment, diagnostics) = Assessment.decode(json: document)
        #expect(diagnostics.isEmpty, "\(diagnostics.summary)")
        #expect(assessment?.maturity == MaturityResult(level: 2, source: .estimate))
    }

    @Test("every error is collected, not just the first")
    func collectsAllErrors() throws {
        var document = SampleAssessment.json
        try document.set([.key("profile"), .key("creditCode")], to: "91350100M000100Y44")
        try document.set([.key("profile"), .key("assessmentDate")], to: "2026-02-29")
        try document.set([.key("answers"), .key("base.scale")], to: "yes")
        let (assessment, diagnostics) = Assessment.decode(json: document)
        #expect(assessment == nil)
        #expect(Set(diagnostics.compactMap { $0.path?.description }) == ["$.profile.creditCode", "$.profile.assessmentDate", #"$.answers["base.scale"]"#])
    }

    @Test("init(jsonBytes:) throws the same diagnostics")
    func throwingInitializer() throws {
        let edit = Self.badValues[0]
        let bytes = JSONWriter().bytes(try edit.document())
        #expect(throws: DiagnosticError(Assessment.decode(jsonBytes: bytes).diagnostics)) { try Assessment(jsonBytes: bytes) }
        #expect(throws: Never.self) { try Assessment(jsonBytes: Array(SampleAssessment.text.utf8)) }
    }

    func expectError(_ edit: DocumentCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (assessment, diagnostics) = Assessment.decode(json: try edit.document())
        #expect(assessment == nil, "a document with an error must not decode", sourceLocation: sourceLocation)
        let match = diagnostics.contains {
            $0.severity == .error && $0.problem.matches(edit.problem) && $0.path?.description == edit.path
        }
        #expect(match, "expected \(edit.problem) at \(edit.path); got:\n\(diagnostics.map { "\($0.path?.description ?? "-") \($0.problem)" })",
                sourceLocation: sourceLocation)
    }
}
