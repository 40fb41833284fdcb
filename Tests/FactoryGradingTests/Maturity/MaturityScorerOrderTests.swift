import Testing

@testable import FactoryGrading

/// The scorer finds answers by model position first; answers in any order score the same.
@Suite("Maturity scorer: answer order")
struct MaturityScorerOrderTests {
    static func diagnosis(_ model: MaturityModel, _ pairs: [(String, String)]) -> SelfDiagnosis {
        SelfDiagnosis(model: model.reference, answers: IdentifierMap(pairs))
    }

    @Test("answers in model order, reversed, shuffled, with unknown ids between, or with gaps score alike")
    func orderDoesNotMatter() throws {
        let model = try BundledModel.model()
        let scorer = MaturityScorer(model: model)
        let grades = model.satisfaction.map(\.id)
        var generator = SeededGenerator(seed: 17)
        let questions = model.questionnaire.questions.map(\.id)
        let answers = questions.map { ($0, grades[Int.random(in: 0..<grades.count, using: &generator)]) }
        let inOrder = scorer.score(Self.diagnosis(model, answers), type: .discrete)
        #expect(inOrder.isComplete)
        var shuffled = answers
        shuffled.shuffle(using: &generator)
        var withUnknown: [(String, String)] = []
        for (index, answer) in answers.enumerated() {
            if index % 7 == 0 { withUnknown.append(("q.unknown.\(index)", grades[0])) }
            withUnknown.append(answer)
        }
        for (name, variant) in [("reversed", Array(answers.reversed())), ("shuffled", shuffled), ("unknown ids", withUnknown)] {
            #expect(scorer.score(Self.diagnosis(model, variant), type: .discrete) == inOrder, "\(name)")
            #expect(
                scorer.score(Self.diagnosis(model, variant), type: .process) == scorer.score(Self.diagnosis(model, answers), type: .process),
                "\(name)")
        }
        let gaps = answers.enumerated().filter { $0.offset % 5 != 2 }.map(\.element)
        var gapsShuffled = gaps
        gapsShuffled.shuffle(using: &generator)
        let withGaps = scorer.score(Self.diagnosis(model, gaps), type: .discrete)
        #expect(withGaps.unanswered > 0)
        #expect(scorer.score(Self.diagnosis(model, gapsShuffled), type: .discrete) == withGaps)
        #expect(withGaps != inOrder)
    }
}
