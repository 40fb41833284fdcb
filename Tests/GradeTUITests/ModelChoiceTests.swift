import FactoryGrading
import Testing

@testable import GradeTUICore

/// With more than one version of a maturity model loaded (a corrected one given with `--criteria`), a new
/// self-diagnosis uses the newest version, and one already begun keeps the version it names.
@Suite struct ModelChoiceTests {
    /// The bundled model as version `version`, its first question reworded so the two can be told apart.
    static func model(version: String) -> MaturityModel {
        var model = TUIFixtures.model
        model.version = version
        model.questionnaire.questions[0].text = LocalizedText(zh: "新版题目 \(version)", en: "reworded in \(version)")
        return model
    }

    /// The two versions are given in both orders, so that neither test holds by taking the first one.
    static func harness(opening bytes: [UInt8]?, models: [MaturityModel]) -> Harness {
        var harness = Harness(AppState(language: .en, packs: [TUIFixtures.pack], models: models))
        harness.send(.opened(path: "t.json", bytes: bytes))
        harness.send(.opened(path: "t.json.draft", bytes: nil))
        return harness
    }

    @Test func aNewSelfDiagnosisUsesTheNewestVersion() throws {
        var harness = Self.harness(opening: nil, models: [TUIFixtures.model, Self.model(version: "1.1.0")])
        let document = try #require(harness.state.document)
        #expect(document.model?.version == "1.1.0")
        #expect(document.model?.questionnaire.questions[0].text.en == "reworded in 1.1.0")
        harness.go(to: .maturity)
        harness.select(.question("q.data.1"))
        harness.press(.character("1"))
        #expect(harness.assessment.maturity?.selfDiagnosis?.model == PackReference(id: "gbt39116-2020", version: "1.1.0"))
    }

    @Test func aSelfDiagnosisBegunWithTheBundledVersionKeepsIt() throws {
        var harness = Self.harness(opening: RepoFiles.example("advanced.json"), models: [Self.model(version: "1.1.0"), TUIFixtures.model])
        let document = try #require(harness.state.document)
        #expect(document.assessment.maturity?.selfDiagnosis?.model.version == "1.0.0")
        #expect(document.model?.version == "1.0.0")
        #expect(document.model?.questionnaire.questions[0].text.en == TUIFixtures.model.questionnaire.questions[0].text.en)
        harness.go(to: .maturity)
        harness.select(.question("q.data.1"))
        harness.press(.character("2"))
        #expect(harness.assessment.maturity?.selfDiagnosis?.model == TUIFixtures.model.reference)
        #expect(harness.assessment.maturity?.selfDiagnosis?.answers["q.data.1"] == "most")
    }
}
