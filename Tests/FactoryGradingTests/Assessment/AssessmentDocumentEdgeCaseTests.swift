import BundledCriteria
import Foundation
import Testing

@testable import FactoryGrading

/// The assessment reader on inputs at the edges: duplicates, nulls, nesting, byte order marks.
@Suite("Assessment documents — edge cases", .timeLimit(.minutes(1)))
struct AssessmentDocumentEdgeCaseTests {
    /// Line and column (1-based, column in Unicode scalars) of the last occurrence of `needle` in `text`.
    static func position(ofLast needle: String, in text: String) throws -> (line: Int, column: Int) {
        let range = try #require(text.range(of: needle, options: .backwards))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }

    static func document(answers: [(String, String)]) -> String {
        let lines = answers.map { "    \"\($0.0)\": \"\($0.1)\"" }.joined(separator: ",\n")
        return """
            {
              "format": "factorygrading.assessment",
              "formatVersion": 1,
              "pack": {"id": "hebei-2025", "version": "1.0.0"},
              "answers": {
            \(lines)
              }
            }
            """
    }

    @Test("a repeated answer is a syntax error at the repeated key, in small and large answer objects", arguments: [3, 12, 13, 40, 120])
    func duplicateAnswer(count: Int) throws {
        let pack = try Fixtures.pack()
        let ids = pack.items.prefix(count).map(\.id)
        let repeated = ids[ids.count / 2]
        let text = Self.document(answers: ids.map { ($0, "met") } + [(repeated, "notMet")])
        let (line, column) = try Self.position(ofLast: "\"\(repeated)\"", in: text)
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        #expect(assessment == nil)
        #expect(diagnostics.contains(.error(.syntax(JSONSyntaxError(reason: .duplicateKey(repeated), line: line, column: column)))),
                "\(diagnostics.map(\.problem))")
        // Without the repeat the same document is fine.
        let clean = Self.document(answers: ids.map { ($0, "met") })
        #expect(Assessment.decode(jsonBytes: Array(clean.utf8)).assessment?.answers.count == ids.count)
    }

    /// `id` as written in a document: `plain`, or with its first character as a `\u` escape.
    static func spelled(_ id: String, escaped: Bool) -> String {
        guard escaped, let first = id.unicodeScalars.first else { return id }
        let hex = String(first.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex + id.unicodeScalars.dropFirst().map(String.init).joined()
    }

    @Test("with an identifier table, a repeated known id is found whichever way each is spelled", arguments: [
        (false, false), (true, false), (false, true), (true, true),
    ])
    func repeatedKnownIdentifier(firstEscaped: Bool, secondEscaped: Bool) throws {
        let pack = try Fixtures.pack()
        let identifiers = IdentifierTable(packs: [pack])
        let ids = pack.items.prefix(20).map(\.id)
        let repeated = ids[10]
        let answers = ids.map { (Self.spelled($0, escaped: $0 == repeated && firstEscaped), "met") }
        let text = Self.document(answers: answers + [(Self.spelled(repeated, escaped: secondEscaped), "notMet")])
        let (line, column) = try Self.position(ofLast: "\"\(Self.spelled(repeated, escaped: secondEscaped))\"", in: text)
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8), identifiers: identifiers)
        #expect(assessment == nil)
        #expect(diagnostics == [.error(.syntax(JSONSyntaxError(reason: .duplicateKey(repeated), line: line, column: column)))],
                "\(diagnostics.map(\.problem))")
        let clean = Self.document(answers: answers)
        let decoded = Assessment.decode(jsonBytes: Array(clean.utf8), identifiers: identifiers).assessment
        #expect(decoded?.answers.keys == ids)
    }

    @Test("with an identifier table, every example reads as it does without one (the same ids key many objects)")
    func examplesWithIdentifierTable() throws {
        let pack = try Fixtures.pack()
        let identifiers = IdentifierTable(packs: [pack], models: [try BundledModel.model()])
        for name in ["none", "basic", "advanced", "excellent", "leading", "incomplete"] {
            let url = Fixtures.packageRoot.appendingPathComponent("Examples/\(name).json")
            let bytes = try [UInt8](Data(contentsOf: url))
            let plain = Assessment.decode(jsonBytes: bytes)
            let interned = Assessment.decode(jsonBytes: bytes, identifiers: identifiers)
            #expect(plain.assessment != nil, "\(name): \(plain.diagnostics)")
            #expect(interned.assessment == plain.assessment, "\(name)")
            #expect(interned.diagnostics == plain.diagnostics, "\(name)")
        }
    }

    @Test("with versions of a pack sharing ids, the table gives the newest version's own id strings, whatever order the packs come in")
    func newestVersionStrings() throws {
        let directory = try #require(BundledCriteria.packsDirectory).appendingPathComponent(Fixtures.packID)
        let older = try CriteriaPack(jsonBytes: try Data(contentsOf: directory.appendingPathComponent("1.0.0.json")))
        let newer = try CriteriaPack(jsonBytes: try Data(contentsOf: directory.appendingPathComponent("1.0.1.json")))
        let id = try #require(newer.items.map(\.id).first { $0.utf8.count > 15 })
        func storage(_ string: String) -> UnsafeRawPointer? {
            var copy = string
            return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        let (olderID, newerID) = (try #require(older.items.first { $0.id == id }).id, try #require(newer.items.first { $0.id == id }).id)
        try #require(storage(olderID) != storage(newerID), "the two packs were decoded separately")
        for packs in [[older, newer], [newer, older]] {
            let text = Self.document(answers: [(id, "met")])
            let decoded = Assessment.decode(jsonBytes: Array(text.utf8), identifiers: IdentifierTable(packs: packs)).assessment
            let key = try #require(decoded?.answers.keys.first)
            #expect(key == id)
            #expect(storage(key) == storage(newerID), "packs in the order \(packs.map(\.version))")
        }
    }

    @Test("a repeated top-level key is a syntax error too")
    func duplicateTopLevelKey() throws {
        let text = "{\"format\": \"factorygrading.assessment\", \"formatVersion\": 1,\n \"formatVersion\": 1}"
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        #expect(assessment == nil)
        #expect(diagnostics.contains(.error(.syntax(JSONSyntaxError(reason: .duplicateKey("formatVersion"), line: 2, column: 2)))))
    }

    /// A document with one KPI entry whose members are `members` (JSON text).
    static func kpiDocument(_ members: String) -> String {
        """
        {"format": "factorygrading.assessment", "formatVersion": 1, "pack": {"id": "hebei-2025", "version": "1.0.0"},
         "kpis": {"kpi.sales-growth": {\(members)}}}
        """
    }

    @Test("a field of an entry spelled with escapes is that field, and repeating it either way is a syntax error", arguments: [
        (#""v\u0061lue": 12, "main": true"#, nil),
        (#""value": 12, "v\u0061lue": 13"#, 45),
        (#""v\u0061lue": 12, "value": 13"#, 50),
        (#""value": 12, "main": true, "main": false"#, 59),
        (#""extra": 1, "main": true, "extra": 2"#, 58),
    ] as [(String, Int?)])
    func escapedAndRepeatedFields(members: String, duplicateColumn: Int?) throws {
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(Self.kpiDocument(members).utf8))
        if let duplicateColumn {
            let repeated = members.contains("extra") ? "extra" : members.contains("main\": false") ? "main" : "value"
            #expect(assessment == nil)
            #expect(
                diagnostics.contains(.error(.syntax(JSONSyntaxError(reason: .duplicateKey(repeated), line: 2, column: duplicateColumn)))),
                "\(diagnostics)")
        } else {
            #expect(assessment?.kpis["kpi.sales-growth"] == KPIEntry(value: 12, main: true), "\(diagnostics)")
        }
    }

    @Test("deep nesting inside an unknown field is refused without crashing")
    func deepNestingInUnknownField() {
        let text = #"{"format": "factorygrading.assessment", "formatVersion": 1, "extra": "# + String(repeating: "[", count: 50_000)
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        #expect(assessment == nil)
        #expect(diagnostics.contains { if case .syntax(let error) = $0.problem { error.reason == .tooDeeplyNested(JSONParser.maximumDepth) } else { false } })
    }

    @Test("a byte order mark before the document is accepted")
    func byteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(SampleAssessment.text.utf8)
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: bytes)
        #expect(diagnostics.isEmpty)
        #expect(assessment == SampleAssessment.expected)
    }

    @Test("an empty file and a truncated file are syntax errors")
    func emptyAndTruncated() {
        #expect(Assessment.decode(jsonBytes: [UInt8]()).diagnostics == [.error(.syntax(JSONSyntaxError(reason: .emptyDocument, line: 1, column: 1)))])
        for length in [1, 40, 200, SampleAssessment.text.utf8.count - 1] {
            let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(SampleAssessment.text.utf8.prefix(length)))
            #expect(assessment == nil)
            let syntax = diagnostics.compactMap { diagnostic -> JSONSyntaxError? in
                if case .syntax(let error) = diagnostic.problem { return error }
                return nil
            }
            #expect(syntax.map(\.reason) == [.unexpectedEnd], "\(length) bytes")
        }
    }

    /// Whenever decoding gives no assessment it must say why.
    @Test("null where a value is required is an error, never a silent failure", arguments: [
        ("the whole document", [Step](), ["$"]),
        ("the pack reference", [.key("pack")], ["$", "$.pack"]),
        ("the pack id", [.key("pack"), .key("id")], ["$.pack", "$.pack.id"]),
        ("the maturity source", [.key("maturity"), .key("source")], ["$.maturity", "$.maturity.source"]),
        ("a benchmark value", [.key("kpis"), .key("kpi.key-equipment-nc-rate"), .key("comparisons"), .key("provincialAverage"), .key("benchmark")],
         [#"$.kpis["kpi.key-equipment-nc-rate"].comparisons.provincialAverage"#, #"$.kpis["kpi.key-equipment-nc-rate"].comparisons.provincialAverage.benchmark"#]),
        ("a declaration", [.key("kpis"), .key("kpi.oee-gain"), .key("comparisons"), .key("provincialLeading"), .key("declared")],
         [#"$.kpis["kpi.oee-gain"].comparisons.provincialLeading"#, #"$.kpis["kpi.oee-gain"].comparisons.provincialLeading.declared"#]),
        ("an exception's justification", [.key("answers"), .key(SampleAssessment.exceptedItem), .key("justification")],
         [#"$.answers["\#(SampleAssessment.exceptedItem)"]"#, #"$.answers["\#(SampleAssessment.exceptedItem)"].justification"#]),
    ])
    func nullRequiredValue(name: String, steps: [Step], paths: [String]) throws {
        var document = SampleAssessment.json
        if steps.isEmpty { document = .null } else { try document.set(steps, to: .null) }
        let diagnostics = Assessment.decode(json: document).diagnostics
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "\(name): null was accepted without an error")
        #expect(errors.contains { paths.contains($0.path?.description ?? "") }, "\(name): \(errors.map { "\($0.path?.description ?? "-") \($0.problem)" })")
    }

    @Test("null for optional values means absent")
    func nullOptionalValues() throws {
        var document = SampleAssessment.json
        try document.set([.key("profile"), .key("assessor")], to: .null)
        try document.set([.key("maturity"), .key("score")], to: .null)
        try document.set([.key("kpis"), .key("kpi.oee-gain"), .key("value")], to: .null)
        let (assessment, diagnostics) = Assessment.decode(json: document)
        #expect(diagnostics.isEmpty, "\(diagnostics.summary)")
        let decoded = try #require(assessment)
        #expect(decoded.profile.assessor == nil)
        #expect(decoded.maturity?.score == nil)
        #expect(decoded.kpis["kpi.oee-gain"]?.value == nil)
        #expect(decoded.kpis["kpi.oee-gain"]?.main == true)
    }

    @Test("a maturity source given as null counts as absent: fine beside a self-diagnosis alone, missing beside a level")
    func nullMaturitySource() throws {
        func diagnostics(_ maturity: String) -> [Diagnostic] {
            let text = """
                {"format": "factorygrading.assessment", "formatVersion": 1, "pack": {"id": "hebei-2025", "version": "1.0.0"},
                 "maturity": \(maturity)}
                """
            return Assessment.decode(jsonBytes: Array(text.utf8)).diagnostics.filter { $0.severity == .error }
        }
        let diagnosis = #"{"model": {"id": "gbt39116-2020", "version": "1.0.0"}, "answers": {}}"#
        #expect(diagnostics(#"{"source": null, "selfDiagnosis": \#(diagnosis)}"#).isEmpty)
        let withLevel = diagnostics(#"{"source": null, "level": 3}"#)
        #expect(withLevel.hasError(.missingField("source"), at: "$.maturity"), "\(withLevel.summary)")
        #expect(withLevel.count == 1, "\(withLevel.summary)")
        let wrong = diagnostics(#"{"source": "guess", "level": 3}"#)
        #expect(wrong.count == 1 && wrong.hasError(.notOneOf("guess", allowed: ["official", "estimate"]), at: "$.maturity.source"), "\(wrong.summary)")
    }
}
