import Foundation
import Testing

@testable import FactoryGrading

/// The loader judges every case of `Tests/format-cases.json` as the table says; `Scripts/check-schemas.py`
/// checks the same table against the published JSON Schemas, so schema and loader cannot drift apart on
/// these cases unnoticed.
@Suite("Format cases shared with the JSON Schemas")
struct FormatCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var document: String
        var base: String
        var set: [(path: [Step], value: JSONValue)]
        var remove: [[Step]]
        var expected: String

        var testDescription: String { name }
    }

    static let table: Result<[Case], any Error> = Result {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/format-cases.json")
        guard case .array(let cases)? = try JSONParser.parse(Array(Data(contentsOf: url)))["cases"] else {
            throw EditError(description: "format-cases.json has no cases")
        }
        return try cases.map(Self.parse)
    }

    static func parse(_ json: JSONValue) throws -> Case {
        func string(_ key: String) throws -> String {
            guard case .string(let text)? = json[key] else { throw EditError(description: "a case without \(key)") }
            return text
        }
        func steps(_ value: JSONValue) throws -> [Step] {
            guard case .array(let elements) = value else { throw EditError(description: "a path that is not a list") }
            return try elements.map { element in
                switch element {
                case .string(let key): .key(key)
                case .number(let index) where index == index.rounded() && index >= 0: .index(Int(index))
                default: throw EditError(description: "a path step that is neither a key nor an index")
                }
            }
        }
        var set: [(path: [Step], value: JSONValue)] = []
        if case .array(let edits)? = json["set"] {
            for edit in edits {
                guard let path = edit["path"], let value = edit["value"] else { throw EditError(description: "a set without path or value") }
                set.append((try steps(path), value))
            }
        }
        var remove: [[Step]] = []
        if case .array(let paths)? = json["remove"] { remove = try paths.map(steps) }
        return Case(
            name: try string("name"), document: try string("document"), base: try string("base"), set: set, remove: remove,
            expected: try string("expected"))
    }

    @Test("the table names both verdicts, both kinds of document and unique cases")
    func tableIsUsable() throws {
        let cases = try Self.table.get()
        #expect(cases.count >= 30)
        #expect(Set(cases.map(\.name)).count == cases.count)
        #expect(Set(cases.map(\.expected)) == ["valid", "invalid"])
        #expect(Set(cases.map(\.document)) == ["assessment", "pack"])
    }

    @Test("the loader judges each case as the table says", arguments: (try? Self.table.get()) ?? [])
    func loaderAgrees(_ testCase: Case) throws {
        var document = try JSONParser.parse(Array(Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(testCase.base))))
        for edit in testCase.set { try document.set(edit.path, to: edit.value) }
        for path in testCase.remove { try document.remove(path) }
        let bytes = JSONWriter().bytes(document)
        let errors: [Diagnostic]
        switch testCase.document {
        case "pack":
            do {
                _ = try CriteriaPack(jsonBytes: bytes)
                errors = []
            } catch {
                errors = error.diagnostics
            }
        default:
            let (assessment, diagnostics) = Assessment.decode(jsonBytes: bytes)
            let validation = assessment?.validate(against: try Fixtures.pack(), maturityModels: [try BundledModel.model()]) ?? []
            errors = (diagnostics + validation).filter { $0.severity == .error }
        }
        if testCase.expected == "valid" {
            #expect(errors.isEmpty, "\(testCase.name): \(errors.summary)")
        } else {
            #expect(!errors.isEmpty, "\(testCase.name): loaded without an error")
        }
    }
}
