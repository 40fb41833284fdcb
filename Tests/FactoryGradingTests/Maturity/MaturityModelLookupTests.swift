import Testing

@testable import FactoryGrading

@Suite("Maturity model lookups")
struct MaturityModelLookupTests {
    @Test("lookups by id on a model built in code")
    func lookups() {
        let model = SmallModel.make()
        #expect(model.subdomain("collection")?.id == "collection")
        #expect(model.subdomain("nowhere") == nil)
        #expect(model.question("q.security.3") == MaturityModel.Question(
            id: "q.security.3", subdomain: "security", level: 3, text: SmallModel.text("security at level 3?")))
        #expect(model.satisfaction("most")?.score == 0.8)
        #expect(model.level(5)?.level == 5)
        #expect(model.subdomains.map(\.subdomain.id) == SmallModel.subdomainIDs)
    }

    /// `MaturityModel`'s stored properties are public `var`s; a model changed after it was built must answer
    /// lookups (and validation) with what it now holds, as the scorer does.
    @Test("a model changed in code answers lookups and validation with its new contents")
    func editedModel() {
        var model = SmallModel.make()
        model.satisfaction.append(MaturityModel.Satisfaction(id: "half", name: SmallModel.text("half"), score: 0.5, verified: false))
        model.elements[0].domains[0].subdomains.append(
            MaturityModel.Subdomain(id: "culture", name: SmallModel.text("culture"), verified: true, appliesTo: [.discrete, .process]))
        #expect(model.subdomain("culture") != nil)
        let diagnosis = SelfDiagnosis(model: SmallModel.reference, answers: ["q.strategy.1": "half"], tailoring: ["culture": "不适用"])
        // The scorer reads the new grade …
        let score = MaturityScorer(model: model).score(diagnosis, type: .discrete)
        #expect(score.subdomain("strategy")?.levels[0] == 0.5)
        // … and validation should accept what the scorer uses.
        let problems = Assessment.selfDiagnosisProblems(diagnosis, models: [model])
        #expect(problems.isEmpty, "\(problems.summary)")
    }

    @Test("a new self-diagnosis uses the newest version of the first model id, versions compared as numbers")
    func preferredModel() {
        func model(_ id: String, _ version: String) -> MaturityModel {
            var model = SmallModel.make()
            model.id = id
            model.version = version
            return model
        }
        let models = [model("b-model", "9.0.0"), model("a-model", "1.9.0"), model("a-model", "1.10.0"), model("a-model", "1.2.0")]
        #expect(MaturityModel.preferred(among: models)?.reference == PackReference(id: "a-model", version: "1.10.0"))
        #expect(MaturityModel.preferred(among: Array(models.prefix(1)))?.reference == PackReference(id: "b-model", version: "9.0.0"))
        #expect(MaturityModel.preferred(among: []).map(\.reference) == nil)
    }
}
