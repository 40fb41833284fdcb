import FactoryGrading
import Testing

@testable import GradeTUICore

/// With more than one version of a criteria pack loaded, a new assessment answers the newest version and the
/// start screen offers no choice between versions of one pack; a file naming an older version keeps it.
@Suite struct PackVersionChoiceTests {
    static func pack(version: String) -> CriteriaPack {
        var pack = TUIFixtures.pack
        pack.version = version
        return pack
    }

    /// The versions are given in both orders, so that neither holds by taking the first or the last one.
    @Test(arguments: [["1.0.0", "1.10.0", "1.9.0"], ["1.10.0", "1.0.0", "1.9.0"]])
    func aNewAssessmentAnswersTheNewestVersion(versions: [String]) throws {
        var harness = Harness(AppState(language: .en, packs: versions.map(Self.pack), models: [TUIFixtures.model]))
        #expect(harness.state.newAssessmentPacks.map(\.version) == ["1.10.0"])
        #expect(!harness.screen().joined().contains("(Tab)"))
        #expect(harness.screen().contains { $0.contains("\(TUIFixtures.pack.id) 1.10.0") })
        let effects = harness.send(.opened(path: "t.json", bytes: nil))
        let saved = try #require(Effects.saves(effects).first)
        #expect(Effects.decode(saved.bytes)?.pack == PackReference(id: TUIFixtures.pack.id, version: "1.10.0"))
    }

    @Test func aFileNamingAnOlderVersionKeepsIt() throws {
        var harness = Harness(AppState(language: .en, packs: [Self.pack(version: "9.0.0"), TUIFixtures.pack], models: [TUIFixtures.model]))
        harness.send(.opened(path: "t.json", bytes: RepoFiles.example("basic.json")))
        let document = try #require(harness.state.document)
        #expect(document.assessment.pack.version == TUIFixtures.pack.version)
        #expect(document.grader.pack.version == TUIFixtures.pack.version)
    }
}
