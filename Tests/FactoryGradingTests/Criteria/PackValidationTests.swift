import Foundation
import Testing

@testable import FactoryGrading

/// Each test edits a copy of the bundled pack document and checks the error and the JSON path it names.
@Suite("Criteria pack validation")
struct PackValidationTests {
    func errors(_ edit: (inout JSONValue) throws -> Void) throws -> [Diagnostic] {
        let (pack, diagnostics) = try loadEditedPack(edit)
        #expect(pack == nil, "an edited pack with an error must not load")
        return diagnostics.filter { $0.severity == .error }
    }

    func index(_ id: String, in key: String) throws -> Int {
        try #require(try Fixtures.document().index(ofID: id, in: key), "\(id) in \(key)")
    }

    /// The position of rule `ruleID` within the `rules` array of tier `tierID` in the file.
    func ruleIndex(_ ruleID: String, tier tierID: String) throws -> Int {
        let rules = try #require(try Fixtures.document().value(at: [.key("tiers"), .id(tierID), .key("rules")]))
        guard case .array(let elements) = rules else { throw EditError(description: "rules is not an array") }
        return try #require(elements.firstIndex { $0["id"] == .string(ruleID) })
    }

    @Test("the unedited document loads")
    func unedited() throws {
        let (pack, diagnostics) = try loadEditedPack { _ in }
        #expect(pack != nil)
        #expect(diagnostics.isEmpty)
    }

    @Test("an unknown field is an error at the object that has it")
    func unknownField() throws {
        let item = try index("basic.production.realtime-monitoring", in: "items")
        let found = try errors { try $0.set([.key("items"), .index(item), .key("colour")], to: "red") }
        #expect(found.count == 1)
        #expect(found.contains { diagnostic in
            guard case .unknownField("colour", let allowed) = diagnostic.problem else { return false }
            return allowed.contains("passage") && diagnostic.path?.description == "$.items[\(item)]"
        }, "\(found.summary)")
    }

    @Test("an unknown top-level field and an unknown field in a rule")
    func unknownFieldElsewhere() throws {
        let top = try errors { try $0.set([.key("colour")], to: "red") }
        #expect(top.contains { if case .unknownField("colour", _) = $0.problem { $0.path == .root } else { false } }, "\(top.summary)")
        let rule = try ruleIndex("excellent/coverage", tier: "excellent")
        let inRule = try errors { try $0.set([.key("tiers"), .index(2), .key("rules"), .index(rule), .key("weight")], to: 2) }
        #expect(inRule.contains {
            if case .unknownField("weight", _) = $0.problem { $0.path?.description == "$.tiers[2].rules[\(rule)]" } else { false }
        }, "\(inRule.summary)")
    }

    @Test("a duplicate item id is reported at the second occurrence")
    func duplicateItemID() throws {
        let first = try index("basic.production.realtime-monitoring", in: "items")
        let second = try index("basic.production.process-automation", in: "items")
        let found = try errors { try $0.set([.key("items"), .index(second), .key("id")], to: "basic.production.realtime-monitoring") }
        #expect(found.hasError(.duplicateID("basic.production.realtime-monitoring"), at: "$.items[\(second)].id"), "\(found.summary)")
        #expect(found.at("$.items[\(first)].id").isEmpty)
    }

    @Test("a rule naming a missing item is reported at that rule's item field, counted without the generated ladder rule")
    func ruleReferencingMissingItem() throws {
        let rule = try ruleIndex("advanced/provincial-leadership", tier: "advanced")
        let found = try errors {
            try $0.set([.key("tiers"), .id("advanced"), .key("rules"), .index(rule), .key("item")], to: "advanced.outcome.missing")
        }
        #expect(found.hasError(.unresolvedReference("advanced.outcome.missing"), at: "$.tiers[1].rules[\(rule)].item"), "\(found.summary)")
    }

    @Test("a passage that is neither referenced nor informational is an error")
    func unreferencedPassage() throws {
        let passage = try index("annex.preamble", in: "passages")
        let found = try errors { try $0.remove([.key("passages"), .index(passage), .key("informational")]) }
        #expect(found.count == 1)
        #expect(found.hasError(.unreferencedPassage("annex.preamble"), at: "$.passages[\(passage)]"), "\(found.summary)")
    }

    @Test("an item citing a passage that does not exist")
    func missingPassage() throws {
        let item = try index("base.security", in: "items")
        let found = try errors { try $0.set([.key("items"), .index(item), .key("passage")], to: "annex.9.9") }
        #expect(found.hasError(.unresolvedReference("annex.9.9"), at: "$.items[\(item)].passage"), "\(found.summary)")
    }

    @Test("an unknown parameter id is refused at its id")
    func unknownParameter() throws {
        let parameter = try index("coverage.maxExceptedAreas", in: "parameters")
        let found = try errors { try $0.set([.key("parameters"), .index(parameter), .key("id")], to: "coverage.maxExceptions") }
        #expect(
            found.hasError(.notOneOf("coverage.maxExceptions", allowed: InterpretationParameters.knownIDs), at: "$.parameters[\(parameter)].id"),
            "\(found.summary)")
    }

    @Test("a missing parameter is reported by name")
    func missingParameter() throws {
        let parameter = try index("kpiScope.higherScopeImpliesLower", in: "parameters")
        let found = try errors { try $0.remove([.key("parameters"), .index(parameter)]) }
        #expect(found.hasError(.missingField("kpiScope.higherScopeImpliesLower"), at: "$.parameters"), "\(found.summary)")
    }

    @Test("maturity score bands must be five increasing numbers")
    func scoreBands() throws {
        let parameter = try index("maturity.scoreBands", in: "parameters")
        let found = try errors { try $0.set([.key("parameters"), .index(parameter), .key("value")], to: .array([0.8, 2.8, 1.8, 3.8, 4.8])) }
        #expect(found.hasError(.invalidScoreBands, at: "$.parameters[\(parameter)].value"), "\(found.summary)")
    }

    @Test("formatVersion other than 1 is refused", arguments: [2.0, 0.0, 1.5])
    func wrongFormatVersion(version: Double) throws {
        let found = try errors { try $0.set([.key("formatVersion")], to: .number(version)) }
        #expect(found.hasError(.unsupportedFormatVersion(version, supported: 1), at: "$.formatVersion"), "\(found.summary)")
    }

    @Test("a file of another kind is refused")
    func wrongFormat() throws {
        let found = try errors { try $0.set([.key("format")], to: "factorygrading.assessment") }
        #expect(
            found.hasError(.wrongFormat(found: "factorygrading.assessment", expected: "factorygrading.criteria-pack"), at: "$.format"),
            "\(found.summary)")
    }

    @Test("an assessment given as a pack gets the one error that says so, not one per field")
    func assessmentAsPack() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Examples/basic.json")
        let found = try errors { $0 = try JSONParser.parse(Array(Data(contentsOf: url))) }
        #expect(found.count == 1, "\(found.summary)")
        #expect(found.hasError(.wrongFormat(found: "factorygrading.assessment", expected: "factorygrading.criteria-pack"), at: "$.format"))
    }

    @Test("the version must be MAJOR.MINOR.PATCH", arguments: ["1.0", "1.0.0-beta", "01.0.0", "v1.0.0", "1..0", "1.0.0.0"])
    func badSemanticVersion(version: String) throws {
        let found = try errors { try $0.set([.key("version")], to: .string(version)) }
        #expect(found.hasError(.invalidVersion(version), at: "$.version"), "\(found.summary)")
    }

    @Test("a coverage rule requiring an unknown area")
    func unknownArea() throws {
        let rule = try ruleIndex("basic/coverage", tier: "basic")
        let found = try errors { try $0.set([.key("tiers"), .index(0), .key("rules"), .index(rule), .key("requiredAreas")], to: .array(["logistics"])) }
        #expect(found.hasError(.unresolvedReference("logistics"), at: "$.tiers[0].rules[\(rule)].requiredAreas"), "\(found.summary)")
    }

    @Test("a KPI scope rule naming an unknown scope")
    func unknownScope() throws {
        let rule = try ruleIndex("leading/kpi-scope", tier: "leading")
        let found = try errors { try $0.set([.key("tiers"), .index(3), .key("rules"), .index(rule), .key("scope")], to: "galacticLeading") }
        #expect(found.hasError(.unresolvedReference("galacticLeading"), at: "$.tiers[3].rules[\(rule)].scope"), "\(found.summary)")
    }

    @Test("an unknown rule kind and an out-of-range maturity gate")
    func ruleShapes() throws {
        let gate = try ruleIndex("excellent/maturity", tier: "excellent")
        let kind = try errors { try $0.set([.key("tiers"), .index(2), .key("rules"), .index(gate), .key("kind")], to: "vote") }
        #expect(
            kind.hasError(.notOneOf("vote", allowed: ["item", "maturityGate", "coverage", "kpiScope"]), at: "$.tiers[2].rules[\(gate)].kind"),
            "\(kind.summary)")
        let level = try errors { try $0.set([.key("tiers"), .index(2), .key("rules"), .index(gate), .key("minimumLevel")], to: 6) }
        #expect(level.hasError(.outOfRange(6, min: 1, max: 5), at: "$.tiers[2].rules[\(gate)].minimumLevel"), "\(level.summary)")
    }

    @Test("invalid JSON is reported as a syntax error with its position")
    func syntaxError() {
        #expect(throws: DiagnosticError([.error(.syntax(JSONSyntaxError(reason: .unexpectedEnd, line: 1, column: 10)))])) {
            try CriteriaPack(jsonBytes: Array(#"{"format""#.utf8))
        }
    }

    @Test("a parameter's default is checked as its value is", arguments: [
        (0, JSONValue.null), (0, "linear"), (1, 0), (3, "yes"), (5, "above"), (8, .array([0.8, 0.7, 2.8, 3.8, 4.8])),
    ])
    func defaultChecked(parameter: Int, value: JSONValue) throws {
        let found = try errors { try $0.set([.key("parameters"), .index(parameter), .key("default")], to: value) }
        #expect(found.count == 1, "\(found.summary)")
        #expect(found.allSatisfy { $0.path?.description == "$.parameters[\(parameter)].default" }, "\(found.summary)")
    }

    @Test("an area without segments and a coverage rule without areas are errors")
    func emptyLists() throws {
        let segments = try errors { try $0.set([.key("areas"), .index(2), .key("segments")], to: .array([])) }
        #expect(segments.hasError(.emptyList, at: "$.areas[2].segments"), "\(segments.summary)")
        let areas = try errors { try $0.set([.key("tiers"), .index(0), .key("rules"), .index(5), .key("requiredAreas")], to: .array([])) }
        #expect(areas.hasError(.emptyList, at: "$.tiers[0].rules[5].requiredAreas"), "\(areas.summary)")
    }

    @Test("a coverage rule naming an area twice is an error")
    func repeatedRequiredArea() throws {
        let found = try errors {
            try $0.set([.key("tiers"), .index(1), .key("rules"), .index(5), .key("requiredAreas")], to: .array(["production", "production-mgmt", "production"]))
        }
        #expect(found.hasError(.duplicateID("production"), at: "$.tiers[1].rules[5].requiredAreas"), "\(found.summary)")
    }

    @Test("a value range needs both ends", arguments: ["min", "max"])
    func rangeNeedsBothEnds(end: String) throws {
        let found = try errors { try $0.remove([.key("kpis"), .index(0), .key("range"), .key(end)]) }
        #expect(found.hasError(.missingField(end), at: "$.kpis[0].range"), "\(found.summary)")
    }

    @Test("the pack id is a folder name: lower-case letters, digits and '-'", arguments: ["hebei.2025", "hebei/2025", "Hebei-2025"])
    func packID(id: String) throws {
        let found = try errors { try $0.set([.key("id")], to: .string(id)) }
        #expect(found.hasError(.invalidPackID(id), at: "$.id"), "\(found.summary)")
    }

    @Test("scope ids are letters, digits, '.' and '-', in the scope list and in rules")
    func scopeIDs() throws {
        let listed = try errors { try $0.set([.key("kpiScopes"), .index(0), .key("id")], to: "provincial average") }
        #expect(listed.hasError(.invalidScopeID("provincial average"), at: "$.kpiScopes[0].id"), "\(listed.summary)")
        let ruled = try errors { try $0.set([.key("tiers"), .index(0), .key("rules"), .index(6), .key("scope")], to: "provincial/average") }
        #expect(ruled.hasError(.invalidScopeID("provincial/average"), at: "$.tiers[0].rules[6].scope"), "\(ruled.summary)")
    }

    @Test("the region is the first 2, 4 or 6 ASCII digits of a GB/T 2260 code", arguments: ["Hebei", "1", "130", "13010000", "１３"])
    func region(region: String) throws {
        let found = try errors { try $0.set([.key("region")], to: .string(region)) }
        #expect(found.hasError(.invalidRegionPrefix(region), at: "$.region"), "\(found.summary)")
    }

    @Test("$schema, when given, is a string")
    func schemaMember() throws {
        let found = try errors { try $0.set([.key("$schema")], to: 5) }
        #expect(found.hasError(.wrongType(expected: "string", found: .number), at: #"$["$schema"]"#), "\(found.summary)")
        let (pack, _) = try loadEditedPack { try $0.set([.key("$schema")], to: "") }
        #expect(pack != nil)
    }

    @Test("a pack without areas or without passages is incomplete", arguments: ["areas", "passages"])
    func emptyTopLevelLists(key: String) throws {
        let found = try errors { try $0.set([.key(key)], to: .array([])) }
        #expect(found.hasError(.packIncomplete(key), at: "$.\(key)"), "\(found.summary)")
    }

    @Test("an integer beyond 2^53 - 1 is out of range, not a crash", arguments: [1e19, 9_223_372_036_854_775_807, -1e300])
    func hugeIntegers(value: Double) throws {
        let largest = 9_007_199_254_740_991.0
        let number = try errors { try $0.set([.key("kpis"), .index(19), .key("number")], to: .number(value)) }
        let numberProblem = Problem.outOfRange(value, min: 1, max: value > 0 ? largest : nil)
        #expect(number.hasError(numberProblem, at: "$.kpis[19].number"), "\(number.summary)")
        if value > 0 { #expect(numberProblem.message(.en).hasSuffix("is outside the valid range [1, 9007199254740991]")) }
        let parameter = try errors { try $0.set([.key("parameters"), .index(4), .key("default")], to: .number(value)) }
        let parameterProblem = Problem.outOfRange(value, min: 0, max: value > 0 ? largest : nil)
        #expect(parameter.hasError(parameterProblem, at: "$.parameters[4].default"), "\(parameter.summary)")
    }

    @Test("a rule whose id does not begin with its tier's id is reported as such")
    func ruleOutsideItsTier() throws {
        let rule = try ruleIndex("advanced/coverage", tier: "advanced")
        let found = try errors { try $0.set([.key("tiers"), .index(1), .key("rules"), .index(rule), .key("id")], to: "excellent/coverage-2") }
        #expect(found.hasError(.ruleOutsideTier("excellent/coverage-2", tier: "advanced"), at: "$.tiers[1].rules[\(rule)].id"), "\(found.summary)")
    }
}
