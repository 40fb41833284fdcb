import Testing

@testable import FactoryGrading

@Suite("Rule kind: item")
struct ItemRuleTests {
    static let answers: [(AnswerStatus?, Outcome, Verdict)] = [
        (.met, .met, .qualified), (.notMet, .notMet, .notQualified), (nil, .undetermined, .undetermined), (.excepted, .notMet, .notQualified),
    ]

    @Test("a basic requirement: met, not met, unanswered, excepted", arguments: answers)
    func baseItem(status: AnswerStatus?, outcome: Outcome, verdict: Verdict) throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with("base.security", status), pack: pack)
        let rule = try #require(result.outcome("basic/security"))
        #expect(rule.outcome == outcome)
        #expect(rule.detail == .item(id: "base.security", status: status))
        #expect(result.verdict("basic")?.verdict == verdict)
        #expect(result.tierReached == (verdict == .qualified ? "basic" : nil))
        // Every tier repeats the basic requirements.
        for tier in pack.tiers { #expect(result.outcome("\(tier.id)/security")?.outcome == outcome) }
    }

    @Test("an outcome item (建设成效): 在省同行业起到引领带动作用", arguments: answers)
    func outcomeItem(status: AnswerStatus?, outcome: Outcome, verdict: Verdict) throws {
        let pack = try Fixtures.pack()
        let item = "advanced.outcome.provincial-leadership"
        let result = grade(Build.reaching("advanced", pack: pack).with(item, status), pack: pack)
        #expect(result.outcome("advanced/provincial-leadership")?.outcome == outcome)
        #expect(result.verdict("advanced")?.verdict == verdict)
        #expect(result.verdict("basic")?.verdict == .qualified)
        #expect(result.tierReached == (verdict == .qualified ? "advanced" : "basic"))
    }

    @Test("the message names the item and the answer, and says an exception is not accepted")
    func message() throws {
        let pack = try Fixtures.pack()
        let text = try #require(pack.item("base.security")?.text.en)
        let notMet = grade(Build.reaching("basic", pack: pack).with("base.security", .notMet), pack: pack)
        #expect(notMet.outcome("basic/security")?.message(.en, pack: pack) == "\"\(text)\": not met")
        let excepted = grade(Build.reaching("basic", pack: pack).with("base.security", .excepted), pack: pack)
        #expect(excepted.outcome("basic/security")?.message(.en, pack: pack).contains("does not accept") == true)
    }
}
