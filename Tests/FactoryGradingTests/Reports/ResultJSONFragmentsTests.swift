import Foundation
import Testing

@testable import FactoryGrading

/// Compact result JSON written from pre-encoded fragments is byte for byte the plain writer's.
@Suite("Result JSON fragments")
struct ResultJSONFragmentsTests {
    static func plain(_ result: GradingResult, pack: CriteriaPack, language: Language, warnings: [Diagnostic]? = nil) -> [UInt8] {
        var json = JSONBuilder(style: .compact)
        result.write(to: &json, pack: pack, language: language, full: false, warnings: warnings) { json in
            json.member("file", "a \"quoted\" name.json")
        }
        return json.bytes
    }

    static func fragmented(
        _ result: GradingResult, _ fragments: ResultJSONFragments, language: Language, style: JSONWriter.Style = .compact,
        warnings: [Diagnostic]? = nil
    ) -> [UInt8] {
        var json = JSONBuilder(style: style)
        result.write(to: &json, fragments: fragments, language: language, warnings: warnings) { json in
            json.member("file", "a \"quoted\" name.json")
        }
        return json.bytes
    }

    static func examples(_ pack: CriteriaPack) throws -> [(String, Assessment)] {
        var cases = DeterminismTests.assessments(pack)
        for name in ["none", "basic", "advanced", "excellent", "leading", "incomplete"] {
            let url = Fixtures.packageRoot.appendingPathComponent("Examples/\(name).json")
            let decoded = Assessment.decode(jsonBytes: try [UInt8](Data(contentsOf: url)))
            cases.append((name, try #require(decoded.assessment, "\(name)")))
        }
        return cases
    }

    @Test("every example and generated case, in both languages, gives the plain writer's bytes")
    func sameBytes() throws {
        let pack = try Fixtures.pack()
        let grader = Grader(pack: pack, maturityModels: [try BundledModel.model()])
        let fragments = ResultJSONFragments(pack: pack)
        var sawConditions = false
        var sawWarnings = false
        for (name, assessment) in try Self.examples(pack) {
            let result = grader.grade(assessment)
            sawConditions = sawConditions || !result.conditions.isEmpty
            sawWarnings = sawWarnings || !result.warnings.isEmpty
            for language in Language.allCases {
                #expect(
                    Self.fragmented(result, fragments, language: language) == Self.plain(result, pack: pack, language: language),
                    "\(name) \(language)")
                let warnings = assessment.validate(against: pack).filter { $0.severity == .warning }
                #expect(
                    Self.fragmented(result, fragments, language: language, warnings: warnings)
                        == Self.plain(result, pack: pack, language: language, warnings: warnings), "\(name) \(language) with validation warnings")
            }
        }
        #expect(sawConditions)
        #expect(sawWarnings)
    }

    @Test("tiers, rules and a pack reference the fragments do not hold are written as the plain writer writes them")
    func foreignParts() throws {
        let pack = try Fixtures.pack()
        let fragments = ResultJSONFragments(pack: pack)
        let original = grade(Build.reaching("advanced", pack: pack), pack: pack)
        var results: [(String, GradingResult)] = []
        var renamed = original
        renamed.tiers[1].tier = "renamed \"tier\""
        renamed.tierReached = "renamed \"tier\""
        results.append(("renamed tier", renamed))
        var foreignRule = original
        let rule = foreignRule.tiers[0].rules[2].rule
        foreignRule.tiers[0].rules[2].rule = Rule(id: "other/rule", kind: rule.kind, title: rule.title, clause: rule.clause, passage: nil)
        foreignRule.tiers[0].rules[0].rule = Rule(id: "first\\rule", kind: rule.kind, title: rule.title, clause: rule.clause, passage: nil)
        results.append(("foreign rules", foreignRule))
        var extraRule = original
        extraRule.tiers[0].rules.append(extraRule.tiers[0].rules[0])
        extraRule.tiers[1].rules.removeLast()
        results.append(("rule counts differ", extraRule))
        var otherPack = original
        otherPack.pack = PackReference(id: "other", version: "2.0.0")
        results.append(("other pack", otherPack))
        var fewerTiers = original
        fewerTiers.tiers.removeFirst()
        fewerTiers.tiers.append(fewerTiers.tiers[0])
        results.append(("tiers moved", fewerTiers))
        var outcomes = original
        outcomes.tiers[2].rules[1].outcome = .undetermined
        outcomes.tiers[2].rules[3].outcome = .met
        outcomes.tiers[3].verdict = .undetermined
        outcomes.tierReached = nil
        results.append(("mixed outcomes", outcomes))
        for (name, result) in results {
            for language in Language.allCases {
                #expect(
                    Self.fragmented(result, fragments, language: language) == Self.plain(result, pack: pack, language: language),
                    "\(name) \(language)")
            }
        }
    }

    @Test("a pretty builder gets the plain writer's output")
    func pretty() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack), pack: pack)
        var json = JSONBuilder(style: .pretty)
        result.write(to: &json, pack: pack, language: .zh, full: false) { json in json.member("file", "a \"quoted\" name.json") }
        #expect(Self.fragmented(result, ResultJSONFragments(pack: pack), language: .zh, style: .pretty) == json.bytes)
    }

    @Test("a diagnostic written straight into a builder equals its JSON value")
    func diagnosticWrite() {
        let diagnostics = [
            Diagnostic.warning(.unknownField("x", allowed: ["a"]), at: JSONPath.root.appending("a b")),
            Diagnostic.error(.unknownField("y", allowed: [])).inFile("f\"ile.json"),
            Diagnostic(.warning, .unknownField("z", allowed: ["b"])),
        ]
        for diagnostic in diagnostics {
            for language in Language.allCases {
                for style in [JSONWriter.Style.compact, .pretty] {
                    var json = JSONBuilder(style: style)
                    diagnostic.write(to: &json, language: language)
                    #expect(json.bytes == JSONWriter(style: style).bytes(diagnostic.json(language)))
                }
            }
        }
    }
}
