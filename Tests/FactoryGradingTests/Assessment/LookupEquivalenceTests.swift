import Testing

@testable import FactoryGrading

/// The faster lookups answer exactly as the `String`-keyed dictionaries they replaced.
@Suite("Lookups answer as String-keyed dictionaries do")
struct LookupEquivalenceTests {
    @Test("canonically equivalent spellings of an id are the same id, as with String keys")
    func canonicalEquivalence() {
        let precomposed = "q.caf\u{E9}.1"
        let decomposed = "q.cafe\u{301}.1"
        #expect(precomposed == decomposed)
        let index = IdentifierIndex(["q.data.1", precomposed])
        #expect(index[decomposed] == 1)
        #expect(index[precomposed] == 1)
        let ascii = IdentifierIndex(["K", "kpi.oee"])
        #expect(ascii["\u{212A}"] == (["K": 0]["\u{212A}"]), "KELVIN SIGN compares as String compares it")
        #expect(ascii["kpi.oee"] == 1)
    }

    @Test("two questions sharing an id both take the answer given for it, as before")
    func sharedQuestionIdsShareTheAnswer() throws {
        var model = SmallModel.make()
        let questions = model.questionnaire.questions
        let first = try #require(questions.firstIndex { $0.id == "q.strategy.1" })
        let second = try #require(questions.firstIndex { $0.id == "q.collection.1" })
        model.questionnaire.questions[second].id = questions[first].id
        let score = MaturityScorer(model: model).score(
            SelfDiagnosis(model: SmallModel.reference, answers: ["q.strategy.1": "full"]), type: .discrete)
        #expect(score.subdomain("strategy")?.levels[0] == 1)
        #expect(score.subdomain("collection")?.levels[0] == 1)
        #expect(score.unanswered == questions.count - 2)
    }

    @Test("misplaced comparison fields are reported in the order the document gives them")
    func misplacedFieldsInDocumentOrder() throws {
        for order in [["evidence", "declared"], ["declared", "evidence"]] {
            let members = order.map { $0 == "evidence" ? "\"evidence\": \"e\"" : "\"declared\": \"meets\"" }.joined(separator: ", ")
            let text = """
                {"format": "factorygrading.assessment", "formatVersion": 1, "pack": {"id": "hebei-2025", "version": "1.0.0"},
                 "kpis": {"kpi.oee-increase": {"value": 5, "comparisons": {"provincialAverage": {"benchmark": 1, "source": "s", \(members)}}}}}
                """
            let (_, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
            let fields = diagnostics.compactMap { diagnostic -> String? in
                guard case .unknownField(let key, _) = diagnostic.problem else { return nil }
                return key
            }
            #expect(fields == order)
        }
    }

    @Test("keys that differ only where a cheap hash would not look are still told apart, and a repeat is still caught")
    func lookalikeKeys() throws {
        let keys = (0..<300).map { number -> String in
            let digits = String(number)
            return "prefix--" + String(repeating: "0", count: 8 - digits.count) + digits + "--same-middle-and-suffix"
        }
        let members = keys.map { "\"\($0)\": [1, 2, 3]" }
        let parsed = try JSONParser.parse("{" + members.joined(separator: ", ") + "}")
        guard case .object(let object) = parsed else {
            Issue.record("not an object")
            return
        }
        #expect(object.map(\.key) == keys)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{" + (members + [members[150]]).joined(separator: ", ") + "}") }
    }
}
