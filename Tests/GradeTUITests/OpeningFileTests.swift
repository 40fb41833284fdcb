import FactoryGrading
import Foundation
import Testing

@testable import GradeTUICore

/// Opening assessment files: a new one is created, an existing one resumed at its first unanswered row, one
/// this tool cannot read is refused and left untouched.
@Suite struct OpeningFileTests {
    /// `incomplete.json` with `old` replaced by `new` (which must occur).
    func incomplete(replacing old: String, with new: String) -> [UInt8] {
        let text = RepoFiles.exampleText("incomplete.json")
        #expect(text.contains(old))
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }

    @Test func aNewPathIsCreatedAndStartsOnTheProfile() {
        var state = TUIFixtures.state()
        let effects = state.reduce(.opened(path: "new.json", bytes: nil))
        #expect(effects.count == 2)
        guard case .save(let path, let bytes)? = effects.first else {
            Issue.record("the new file is not saved first: \(effects)")
            return
        }
        #expect(path == "new.json")
        #expect(effects.last == .open(path: "new.json.draft"))
        #expect(Effects.decode(bytes) == Assessment(pack: PackReference(id: "hebei-2025", version: "1.0.1")))
        #expect(Effects.decode(bytes) == state.document?.assessment)
        #expect(state.screen == .document)
        #expect(state.section?.kind == .profile)
        #expect(state.selectedRow == .profile(.enterpriseName))
        #expect(state.message == AppState.StatusMessage(text: "新建评估:new.json", isError: false))
    }

    @Test func theNewFileIsPrettyJSONInPackOrder() {
        var state = TUIFixtures.state()
        guard case .save(_, let bytes)? = state.reduce(.opened(path: "new.json", bytes: nil)).first else { return }
        #expect(
            String(decoding: bytes, as: UTF8.self) == """
                {
                  "format": "factorygrading.assessment",
                  "formatVersion": 1,
                  "pack": {
                    "id": "hebei-2025",
                    "version": "1.0.1"
                  },
                  "profile": {},
                  "answers": {},
                  "kpis": {}
                }

                """)
    }

    @Test func theControllerCreatesTheFileInTheFolder() {
        let environment = MemoryEnvironment()
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "new.json")
        #expect(environment.writes == ["new.json"])
        #expect(Effects.decode(environment.files["new.json"]!) == controller.state.document?.assessment)
    }

    @Test func anExampleResumesAtItsFirstUnansweredRow() {
        var state = TUIFixtures.state()
        let effects = state.reduce(.opened(path: "incomplete.json", bytes: RepoFiles.example("incomplete.json")))
        #expect(effects == [.open(path: "incomplete.json.draft")], "opening saves nothing")
        #expect(state.screen == .document)
        // Profile, base requirements and the level 1–3 questions are answered (logistics is tailored out). The
        // self-diagnosis' working level is 3, so the level 4–5 questions are not required: the first unanswered
        // row is the first unanswered item of 工厂建设 (nine of its items are answered).
        #expect(state.section?.kind == .area("factory"))
        #expect(state.sectionIndex == 3)
        #expect(state.document?.rowCursor[3] == 9)
        #expect(state.document?.rowCursor[2] == 0)
        #expect(state.selectedRow == .item("excellent.factory.system-modelling"))
        let maturity = try! #require(state.document?.progress(section: 2))
        #expect(maturity.answered == 62 && maturity.total == 62, "level and source, and the 60 questions of levels 1–3")
        let screen = Renderer.render(state, size: Size(width: 80, height: 24)).canvas.lines
        // Answered of required: profile 8/8, maturity 62/62, items 48/98 (base included), KPIs 6/20: 124/188.
        #expect(screen[0] == " 智能工厂梯度培育自评 · 邢台冀南骏驰自行车有限公司 · hebei-~ 节 4/11 | 已答 65%")
        #expect(screen[2].hasPrefix(" 工厂建设  (9/17 已答)"))
        #expect(screen[2].hasSuffix(" 10/17"))
        #expect(screen[12] == ">未答     [卓越级] 对工厂进行系统建模和优化。")
    }

    @Test func nSkipsTheQuestionsAboveTheWorkingLevel() {
        var harness = Harness.opening("incomplete.json", bytes: RepoFiles.example("incomplete.json"))
        harness.select(.question("q.customer-service.4"))
        #expect(harness.section.kind == .maturity)
        #expect(!harness.document.isAnswered(.question("q.customer-service.4")))
        #expect(!harness.document.isRequired(.question("q.customer-service.4")), "level 4 is above the working level 3")
        #expect(harness.document.isRequired(.question("q.customer-service.3")))
        harness.press(.character("n"))
        #expect(harness.section.kind == .area("factory"))
        #expect(harness.state.selectedRow == .item("excellent.factory.system-modelling"))
        #expect(harness.row == 9)
        // From there, n goes on to the next unanswered item.
        harness.press(.character("n"))
        #expect(harness.state.selectedRow == .item("excellent.factory.digital-delivery"))
    }

    @Test func aNewerFormatVersionIsRefusedAndNotWritten() {
        var state = TUIFixtures.state()
        let bytes = incomplete(replacing: "\"formatVersion\": 1", with: "\"formatVersion\": 2")
        let effects = state.reduce(.opened(path: "v2.json", bytes: bytes))
        #expect(effects == [.scan])
        expectNoWrite(effects)
        #expect(state.screen == .start)
        #expect(state.document == nil)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("格式版本 2 不受支持(本工具支持版本 1)") == true)
        #expect(state.message?.text == "无法打开 v2.json: $.formatVersion: 格式版本 2 不受支持(本工具支持版本 1);可能由更新版本的工具写入")
    }

    @Test func anUnknownPackVersionIsRefusedAndNotWritten() {
        var state = TUIFixtures.state()
        let bytes = incomplete(replacing: "\"version\": \"1.0.1\"\n  }", with: "\"version\": \"9.9.9\"\n  }")
        let effects = state.reduce(.opened(path: "p.json", bytes: bytes))
        expectNoWrite(effects)
        #expect(state.document == nil)
        let message = try! #require(state.message)
        #expect(message.isError)
        #expect(message.text.hasPrefix("无法打开 p.json: "))
        #expect(message.text.contains("9.9.9"))
        #expect(message.text.contains("1.0.1"), "the message says which version this tool has")
        #expect(message.text == "无法打开 p.json: $.pack.version: 标准包 hebei-2025 没有版本 9.9.9(可用版本:1.0.1)")
    }

    @Test func theControllerLeavesARefusedFileUntouched() {
        for (name, bytes) in [
            ("v2.json", incomplete(replacing: "\"formatVersion\": 1", with: "\"formatVersion\": 2")),
            ("p.json", incomplete(replacing: "\"version\": \"1.0.1\"\n  }", with: "\"version\": \"9.9.9\"\n  }")),
            ("broken.json", Array("{\"format\": ".utf8)),
        ] {
            let environment = MemoryEnvironment()
            environment.files[name] = bytes
            let terminal = ScriptedTerminal(keys: [.enter, .character("1"), .character("q")])
            let controller = AppController(state: TUIFixtures.state(), environment: environment, open: name)
            RunLoop.run(controller, on: terminal)
            #expect(environment.files[name] == bytes, "\(name) changed")
            #expect(environment.writes.isEmpty, "\(name): \(environment.writes)")
            #expect(environment.files.count == 1)
            #expect(controller.state.document == nil)
            #expect(terminal.frames.first?.lines.joinedLines.contains("无法打开 \(name): ") == true)
            #expect(terminal.frames.first?.lines.joinedLines.contains("InputError(") == false, "the plain message, not the error's description")
        }
    }

    @Test func aFileThatExistsButCannotBeReadIsRefusedNotReplaced() {
        let environment = MemoryEnvironment()
        let bytes = RepoFiles.example("incomplete.json")
        environment.files["locked.json"] = bytes
        environment.unreadable = ["locked.json"]
        let terminal = ScriptedTerminal(keys: [.enter, .character("1"), .character("q")])
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "locked.json")
        RunLoop.run(controller, on: terminal)
        #expect(environment.files["locked.json"] == bytes)
        #expect(environment.writes.isEmpty, "\(environment.writes)")
        #expect(controller.state.document == nil)
        #expect(terminal.frames.first?.lines.joinedLines.contains("无法打开 locked.json: 无法读取文件") == true, "\(terminal.frames.first?.lines.joinedLines ?? "")")
    }

    @Test func theStartScreenMarksFilesItCannotOpen() {
        let environment = MemoryEnvironment()
        environment.files["a-good.json"] = RepoFiles.example("incomplete.json")
        environment.files["b-newer.json"] = incomplete(replacing: "\"formatVersion\": 1", with: "\"formatVersion\": 2")
        let controller = AppController(state: TUIFixtures.state(), environment: environment)
        let files = controller.state.start.files
        #expect(files.map(\.path) == ["a-good.json", "b-newer.json"])
        #expect(files[0].problem == nil)
        #expect(files[0].enterprise == "邢台冀南骏驰自行车有限公司")
        #expect(files[1].problem == "$.formatVersion: 格式版本 2 不受支持(本工具支持版本 1);可能由更新版本的工具写入")
        // Enter on the refused file says why and opens nothing.
        _ = controller.handle(.down)
        _ = controller.handle(.down)
        #expect(controller.state.start.selected == 2)
        _ = controller.handle(.enter)
        #expect(controller.state.screen == .start)
        #expect(controller.state.message?.isError == true)
        #expect(environment.writes.isEmpty)
        // Enter on the good one opens it.
        _ = controller.handle(.up)
        _ = controller.handle(.enter)
        #expect(controller.state.document?.assessment.profile.enterpriseName == "邢台冀南骏驰自行车有限公司")
        #expect(environment.writes.isEmpty)
    }

    @Test func newFromTheStartScreenAsksForAFreeName() {
        let environment = MemoryEnvironment()
        environment.files["assessment.json"] = RepoFiles.example("basic.json")
        let controller = AppController(state: TUIFixtures.state(), environment: environment)
        _ = controller.handle(.enter)
        guard case .editor(let editor)? = controller.state.overlay else {
            Issue.record("no file-name editor")
            return
        }
        #expect(editor.target == .newFile)
        #expect(editor.field.string == "assessment-2.json")
        #expect(environment.writes.isEmpty, "the file-name editor writes no draft")
        _ = controller.handle(.enter)
        #expect(environment.writes == ["assessment-2.json"])
        #expect(controller.state.document?.path == "assessment-2.json")
    }

    @Test func newRefusesAnExistingNameAndAddsJSON() {
        let environment = MemoryEnvironment()
        environment.files["assessment.json"] = RepoFiles.example("basic.json")
        let controller = AppController(state: TUIFixtures.state(), environment: environment)
        _ = controller.handle(.enter)
        for _ in 0..<"assessment-2.json".count { _ = controller.handle(.backspace) }
        for character in "assessment.json" { _ = controller.handle(.character(character)) }
        _ = controller.handle(.enter)
        guard case .editor(let editor)? = controller.state.overlay else {
            Issue.record("the editor closed")
            return
        }
        #expect(editor.error == "文件已存在:assessment.json")
        #expect(environment.files["assessment.json"] == RepoFiles.example("basic.json"))
        for _ in 0..<5 { _ = controller.handle(.backspace) }
        for character in "工厂甲" { _ = controller.handle(.character(character)) }
        _ = controller.handle(.enter)
        #expect(controller.state.document?.path == "assessment工厂甲.json")
    }
}
