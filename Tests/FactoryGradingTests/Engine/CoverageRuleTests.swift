import Testing

@testable import FactoryGrading

@Suite("Rule kind: coverage (建设内容)")
struct CoverageRuleTests {
    func coverage(_ result: GradingResult, _ ruleID: String) throws -> (outcome: RuleOutcome, detail: CoverageDetail) {
        let outcome = try #require(result.outcome(ruleID))
        guard case .coverage(let detail) = outcome.detail else { throw EditError(description: "\(ruleID) has no coverage detail") }
        return (outcome, detail)
    }

    func area(_ detail: CoverageDetail, _ id: String) throws -> AreaCoverage {
        try #require(detail.areas.first { $0.area == id })
    }

    @Test("basic: only 生产作业 is required; the other areas are encouraged, not needed")
    func optionalAreasDoNotCount() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack).with(pack.optionalConstructionItems(for: "basic"), .notMet)
        let result = grade(assessment, pack: pack)
        let (rule, detail) = try self.coverage(result, "basic/coverage")
        #expect(rule.outcome == .met)
        #expect(result.tierReached == "basic")
        #expect(try area(detail, "production").required)
        #expect(try area(detail, "production").status == .covered)
        let factory = try area(detail, "factory")
        #expect(!factory.required)
        #expect(factory.status == .notCovered)
        #expect(factory.notMet == pack.constructionItems(tier: "basic", area: "factory").map(\.id))
        #expect(factory.metCount == 0)
    }

    @Test("an area with more items than a bit mask holds lists them the same way, in pack order")
    func areaWithManyItems() throws {
        let extra = (0..<70).map { String(format: "basic.production.extra-%02d", $0) }
        let pack = try editedPack { document in
            try document.edit([.key("items")]) { items in
                guard case .array(var elements)? = items, let first = elements.first(where: { $0["id"] == "basic.production.realtime-monitoring" })
                else { throw EditError(description: "no basic production item to copy") }
                for id in extra {
                    var copy = first
                    try copy.set([.key("id")], to: .string(id))
                    elements.append(copy)
                }
                return .array(elements)
            }
        }
        let production = try #require(pack.areas.first { $0.id == "production" }?.id)
        let ids = pack.constructionItems(tier: "basic", area: production).map(\.id)
        try #require(ids.count > 64)
        let reaching = Build.reaching("basic", pack: pack)
        let covered = try area(try coverage(grade(reaching, pack: pack), "basic/coverage").detail, production)
        #expect(covered.status == .covered && covered.metCount == ids.count && covered.notMet.isEmpty && covered.unanswered.isEmpty)

        let notMet = [extra[69], ids[0], extra[10]]
        let answered = reaching.with(notMet[0], .notMet).with(notMet[1], .notMet).with(notMet[2], .notMet).with(extra[66], nil)
        let (rule, detail) = try coverage(grade(answered, pack: pack), "basic/coverage")
        let listed = try area(detail, production)
        #expect(rule.outcome == .notMet)
        #expect(listed.status == .notCovered)
        #expect(listed.notMet == ids.filter(notMet.contains))
        #expect(listed.unanswered == [extra[66]])
        #expect(listed.metCount == ids.count - 4)
    }

    @Test("an area's lists can be replaced one at a time, and areas with the same lists are equal however they were built")
    func areaListsAreValues() throws {
        let pack = try Fixtures.pack()
        let item = "basic.production.process-automation"
        let (_, detail) = try coverage(grade(Build.reaching("basic", pack: pack).with(item, .notMet), pack: pack), "basic/coverage")
        var graded = try area(detail, "production")
        let listed = AreaCoverage(
            area: "production", required: true, status: .notCovered, itemCount: graded.itemCount, notMet: [item], excepted: [], unanswered: [])
        #expect(graded == listed)
        graded.unanswered = ["basic.production.realtime-monitoring"]
        #expect(graded.notMet == [item] && graded.unanswered == ["basic.production.realtime-monitoring"] && graded.excepted.isEmpty)
        #expect(graded != listed)
        #expect(graded.metCount == graded.itemCount - 2)
    }

    @Test("a required area with an item not met is not covered", arguments: ["basic.production.realtime-monitoring", "basic.production.process-automation"])
    func requiredItemNotMet(item: String) throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with(item, .notMet), pack: pack)
        let (rule, detail) = try self.coverage(result, "basic/coverage")
        #expect(rule.outcome == .notMet)
        let production = try area(detail, "production")
        #expect(production.status == .notCovered)
        #expect(production.notMet == [item])
        #expect(production.metCount == production.itemCount - 1)
    }

    @Test("an unanswered item in a required area leaves coverage undetermined; in an optional area it does not matter")
    func unanswered() throws {
        let pack = try Fixtures.pack()
        let required = "basic.production.process-automation"
        let result = grade(Build.reaching("basic", pack: pack).with(required, nil), pack: pack)
        let (rule, detail) = try self.coverage(result, "basic/coverage")
        #expect(rule.outcome == .undetermined)
        #expect(try area(detail, "production").status == .unknown)
        #expect(try area(detail, "production").unanswered == [required])
        #expect(result.verdict("basic")?.verdict == .undetermined)
        #expect(result.tierReached == nil)

        let optional = grade(Build.reaching("basic", pack: pack).with("basic.design.product-digital-design", nil), pack: pack)
        #expect(optional.outcome("basic/coverage")?.outcome == .met)
        #expect(optional.tierReached == "basic")
    }

    @Test("a not-met item outweighs an unanswered one in the same area")
    func notMetBeatsUnanswered() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack)
            .with("basic.production.realtime-monitoring", .notMet).with("basic.production.process-automation", nil)
        #expect(grade(assessment, pack: pack).outcome("basic/coverage")?.outcome == .notMet)
    }

    @Test("excellent: one area excepted with a justification is covered, on condition a reviewer accepts it")
    func excellentException() throws {
        let pack = try Fixtures.pack()
        let design = pack.constructionItems(tier: "excellent", area: "design")
        let assessment = Build.reaching("excellent", pack: pack).with(design, .excepted)
        let result = grade(assessment, pack: pack)
        let (rule, detail) = try self.coverage(result, "excellent/coverage")
        #expect(rule.outcome == .met)
        let condition = Condition.areaException(tier: "excellent", area: "design", items: design.map(\.id))
        #expect(rule.conditions == [condition])
        #expect(try area(detail, "design").status == .excepted)
        #expect(detail.exceptedAreas.map(\.area) == ["design"])
        #expect(result.tierReached == "excellent")
        #expect(result.verdict("excellent")?.isConditional == true)
        #expect(result.conditions.contains(condition))
        #expect(condition.message(.en, pack: pack).contains("\(design.count) items"))
    }

    @Test("excepting a single item of an area excepts the area")
    func singleItemException() throws {
        let pack = try Fixtures.pack()
        let item = "excellent.factory.virtual-factory"
        let result = grade(Build.reaching("excellent", pack: pack).with(item, .excepted), pack: pack)
        #expect(result.outcome("excellent/coverage")?.conditions == [.areaException(tier: "excellent", area: "factory", items: [item])])
        #expect(result.tierReached == "excellent")
    }

    @Test("two excepted areas are more than coverage.maxExceptedAreas = 1 allows")
    func tooManyExceptions() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("excellent", pack: pack)
            .with("excellent.design.collaborative-design", .excepted).with("excellent.factory.virtual-factory", .excepted)
        let result = grade(assessment, pack: pack)
        let (rule, detail) = try self.coverage(result, "excellent/coverage")
        #expect(rule.outcome == .notMet)
        #expect(rule.conditions.isEmpty)
        #expect(detail.exceptedAreas.count == 2)
        #expect(detail.maxExceptedAreas == 1)
        #expect(result.tierReached == "advanced")
        #expect(rule.message(.en, pack: pack).contains("2 areas excepted, more than the 1 allowed"))
    }

    @Test("coverage.maxExceptedAreas = 2 in a modified pack accepts the same two exceptions")
    func maxExceptedAreasParameter() throws {
        let pack = try editedPack { try $0.set([.key("parameters"), .id("coverage.maxExceptedAreas"), .key("value")], to: 2) }
        let assessment = Build.reaching("excellent", pack: pack)
            .with("excellent.design.collaborative-design", .excepted).with("excellent.factory.virtual-factory", .excepted)
        let result = grade(assessment, pack: pack)
        #expect(result.outcome("excellent/coverage")?.outcome == .met)
        #expect(result.outcome("excellent/coverage")?.conditions.count == 2)
        #expect(result.tierReached == "excellent")
    }

    @Test("an excepted item next to a not-met item leaves the area not covered")
    func exceptedAndNotMet() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("excellent", pack: pack)
            .with("excellent.design.collaborative-design", .excepted).with("excellent.design.model-based-optimisation", .notMet)
        let result = grade(assessment, pack: pack)
        let (rule, detail) = try self.coverage(result, "excellent/coverage")
        #expect(rule.outcome == .notMet)
        #expect(try area(detail, "design").status == .notCovered)
    }

    @Test("an excepted item next to an unanswered one leaves coverage undetermined")
    func exceptedAndUnanswered() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("excellent", pack: pack)
            .with("excellent.design.collaborative-design", .excepted).with("excellent.design.model-based-optimisation", nil)
        let (rule, detail) = try self.coverage(grade(assessment, pack: pack), "excellent/coverage")
        #expect(rule.outcome == .undetermined)
        #expect(try area(detail, "design").status == .unknown)
    }

    @Test("leading allows no exception: an excepted item leaves its area not covered")
    func leadingRefusesExceptions() throws {
        let pack = try Fixtures.pack()
        let item = "leading.design.virtual-validation"
        let result = grade(Build.reaching("leading", pack: pack).with(item, .excepted), pack: pack)
        let (rule, detail) = try self.coverage(result, "leading/coverage")
        #expect(rule.outcome == .notMet)
        #expect(!detail.exceptionsAllowed)
        #expect(try area(detail, "design").status == .notCovered)
        #expect(try area(detail, "design").excepted == [item])
        #expect(result.tierReached == "excellent")
    }

    @Test("basic allows no exception either")
    func basicRefusesExceptions() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with("basic.production.process-automation", .excepted), pack: pack)
        #expect(result.outcome("basic/coverage")?.outcome == .notMet)
        #expect(result.tierReached == nil)
    }

    @Test("a tier is covered by its own items; lower-tier items count only with coverage.includeLowerTierItems")
    func lowerTierItems() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("advanced", pack: pack).with("basic.operations-mgmt.finance", .notMet)
        let result = grade(assessment, pack: pack)
        #expect(result.outcome("advanced/coverage")?.outcome == .met)
        // basic does not require 运营管理, so basic and advanced are both still reached
        #expect(result.tierReached == "advanced")

        let inclusive = try editedPack { try $0.set([.key("parameters"), .id("coverage.includeLowerTierItems"), .key("value")], to: true) }
        let strict = grade(Build.reaching("advanced", pack: inclusive).with("basic.operations-mgmt.finance", .notMet), pack: inclusive)
        #expect(strict.outcome("advanced/coverage")?.outcome == .notMet)
        #expect(strict.tierReached == "basic")
    }
}
