import FactoryGrading
import Foundation
import Testing

@testable import GradeTUICore

/// `x` on the results: the export choices and the three files written beside the assessment.
@Suite struct ExportTests {
    /// Runs `keys` on `basic.json` (as `folder/basic.json`) through the run loop.
    func run(_ keys: [Key]) -> (MemoryEnvironment, AppController, ScriptedTerminal) {
        let environment = MemoryEnvironment()
        environment.files["folder/basic.json"] = RepoFiles.example("basic.json")
        let terminal = ScriptedTerminal(keys: keys + [.character("q")])
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "folder/basic.json")
        RunLoop.run(controller, on: terminal)
        return (environment, controller, terminal)
    }

    static let all: [Key] = [
        .character("r"), .character("x"), .enter, .character("x"), .down, .enter, .character("x"), .character("j"), .character("j"), .enter,
    ]

    @Test func theThreeFilesAreWrittenWithTheirSuffixes() throws {
        let (environment, controller, terminal) = run(Self.all)
        #expect(environment.writes == ["folder/basic.report.md", "folder/basic.classify.json", "folder/basic.export.json"])
        #expect(environment.files["folder/basic.json"] == RepoFiles.example("basic.json"), "exporting leaves the assessment alone")
        #expect(controller.state.document?.path == "folder/basic.json")
        #expect(terminal.lastScreen.contains("已导出: folder/basic.export.json"))
    }

    @Test func theMarkdownReportNamesTheEnterpriseAndTheTier() throws {
        let (environment, _, _) = run(Self.all)
        let markdown = String(decoding: try #require(environment.files["folder/basic.report.md"]), as: UTF8.self)
        #expect(markdown.contains("廊坊恒锐齿轮传动有限公司"))
        #expect(markdown.contains("基础级"))
        #expect(markdown.hasPrefix("#"))
    }

    @Test func theResultJSONIsWhatClassifyPrints() throws {
        let (environment, _, _) = run(Self.all)
        let bytes = try #require(environment.files["folder/basic.classify.json"])
        #expect(bytes.last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["tier"] as? String == "basic")
        #expect(object["file"] as? String == "folder/basic.json")
        #expect(object["enterprise"] as? String == "廊坊恒锐齿轮传动有限公司")
    }

    @Test func theCopyDecodesToTheSameAssessment() throws {
        let (environment, controller, _) = run(Self.all)
        let bytes = try #require(environment.files["folder/basic.export.json"])
        let copy = try #require(Effects.decode(bytes))
        #expect(copy == controller.state.document?.assessment)
        #expect(copy == Effects.decode(RepoFiles.example("basic.json")))
    }

    @Test func theExportOverlayListsTheChoices() {
        var harness = Harness.opening("folder/basic.json", bytes: RepoFiles.example("basic.json"))
        harness.press(.character("r"), .character("x"))
        #expect(harness.state.overlay == .export(selected: 0))
        expectScreen(
            Array(harness.screen()[8...14]),
            """
                  |------------------------------------------------------------------|
                  | 导出                                                             |
                  | 1. Markdown 评估报告  -> *.report.md                             |
                  | 2. 分级结果 JSON(同 grade classify)  -> *.classify.json          |
                  | 3. 评估文件副本(JSON)  -> *.export.json                          |
                  | Enter 或数字键导出 · Esc 关闭                                    |
                  |------------------------------------------------------------------|
            """)
        #expect(harness.screen()[23] == "Enter 或数字键导出 · Esc 关闭", "the help bar shows the overlay's keys")
        harness.press(.down, .down, .down, .up)
        #expect(harness.state.overlay == .export(selected: 1))
        let effects = harness.press(.escape)
        #expect(effects.isEmpty)
        #expect(harness.state.overlay == nil)
    }

    @Test func exportingProducesOnlyExportEffects() {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"))
        harness.press(.character("r"), .character("x"))
        let effects = harness.press(.enter)
        #expect(effects.count == 1)
        #expect(Effects.exports(effects).map(\.path) == ["basic.report.md"])
        #expect(Effects.saves(effects).isEmpty)
    }

    @Test func aDigitExportsItsChoiceAtOnce() {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"))
        harness.press(.character("r"), .character("x"))
        #expect(harness.press(.character("9")).isEmpty, "a digit without a choice does nothing")
        #expect(harness.state.overlay == .export(selected: 0))
        let effects = harness.press(.character("2"))
        #expect(Effects.exports(effects).map(\.path) == ["basic.classify.json"])
        #expect(harness.state.overlay == nil)
    }

    @Test func xOutsideTheResultsDoesNothing() {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"))
        harness.go(to: .kpis)
        #expect(harness.press(.character("x")).isEmpty)
        #expect(harness.state.overlay == nil)
    }

    @Test func aFileWithoutTheJSONSuffixKeepsItsName() {
        var harness = Harness.opening("notes", bytes: RepoFiles.example("basic.json"))
        harness.press(.character("r"), .character("x"), .enter)
        #expect(Effects.exports(harness.log).map(\.path) == ["notes.report.md"])
    }

    @Test func englishExportsAreInEnglish() throws {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"), language: .en)
        harness.press(.character("r"), .character("x"), .enter)
        let markdown = String(decoding: try #require(Effects.exports(harness.log).first).bytes, as: UTF8.self)
        #expect(markdown.contains("Basic"))
        #expect(harness.state.message?.text == "Exported: basic.report.md")
    }
}
