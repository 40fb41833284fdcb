import FactoryGrading
import Testing

@testable import GradeTUICore

/// Answering items with the digit keys, exceptions with their justification, and evidence notes.
@Suite struct ReducerItemTests {
    /// The new assessment on the 生产作业 section, first row selected.
    func production() -> Harness {
        var harness = Harness.new()
        harness.go(to: .area("production"))
        return harness
    }

    @Test func keysForOtherRowsSayWhereTheyWorkAndChangeNothing() {
        var harness = Harness.new()
        harness.go(to: .kpis)
        #expect(harness.press(.character("e")).isEmpty)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.message == AppState.StatusMessage(text: "e 仅用于条目(基础要求、建设内容、建设成效)", isError: false))
        #expect(harness.press(.character("t")).isEmpty)
        #expect(harness.state.message?.text == "t 仅用于预诊断问卷的题目")
        var items = production()
        #expect(items.press(.character("m")).isEmpty)
        #expect(items.state.message?.text == "m 仅用于关键绩效指标")
        #expect(items.assessment == Harness.new().assessment)
    }

    @Test func oneAnswersMetAndMovesDown() {
        var harness = production()
        #expect(harness.state.selectedRow == .item("basic.production.realtime-monitoring"))
        let effects = harness.press(.character("1"))
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"] == Answer(.met))
        #expect(harness.row == 1)
        #expect(harness.state.selectedRow == .item("basic.production.process-automation"))
        expectSavedState(effects, harness)
        #expect(effects.count == 1)
    }

    @Test func twoAnswersNotMetAndMovesDown() {
        var harness = production()
        harness.press(.down)
        let effects = harness.press(.character("2"))
        #expect(harness.assessment.answers["basic.production.process-automation"] == Answer(.notMet))
        #expect(harness.row == 2)
        expectSavedState(effects, harness)
    }

    @Test func yAnswersMetLikeOne() {
        var harness = production()
        expectSavedState(harness.press(.character("y")), harness)
        #expect(harness.assessment.status(of: "basic.production.realtime-monitoring") == .met)
    }

    @Test func answeringASequenceWalksDownTheList() {
        var harness = production()
        for key in "1212" { harness.press(.character(key)) }
        #expect(harness.row == 4)
        let statuses = harness.section.rows.prefix(5).map { row -> AnswerStatus? in
            guard case .item(let id) = row else { return nil }
            return harness.assessment.status(of: id)
        }
        #expect(statuses == [.met, .notMet, .met, .notMet, nil])
    }

    @Test func zeroClearsTheAnswerWithoutMoving() {
        var harness = production()
        harness.press(.character("1"))
        harness.press(.up)
        let effects = harness.press(.character("0"))
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"] == nil)
        #expect(harness.row == 0)
        expectSavedState(effects, harness)
    }

    @Test func deleteClearsLikeZero() {
        var harness = production()
        harness.press(.character("2"), .up)
        expectSavedState(harness.press(.delete), harness)
        #expect(harness.assessment.answers.isEmpty)
    }

    @Test func clearingKeepsTheEvidenceNote() {
        var harness = production()
        harness.press(.character("e"))
        harness.type("SCADA")
        harness.press(.control("s"), .character("1"), .up, .character("0"))
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"] == Answer(nil, evidence: "SCADA"))
    }

    @Test func answeringTheLastRowStaysOnIt() {
        var harness = production()
        harness.press(.end)
        #expect(harness.row == 11)
        harness.press(.character("2"))
        #expect(harness.row == 11)
        #expect(harness.assessment.status(of: "leading.production.dynamic-line-adjustment") == .notMet)
    }

    @Test func anUnchangedAnswerIsNotSavedAgain() {
        var harness = production()
        harness.press(.character("1"), .up)
        #expect(harness.press(.character("1")).isEmpty)
        #expect(harness.row == 1)
    }

    @Test func threeIsRefusedWhereTheTierAllowsNoException() {
        var harness = production()
        let effects = harness.press(.character("3"))
        #expect(effects.isEmpty)
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.answers.isEmpty)
        #expect(harness.state.message == AppState.StatusMessage(text: "此条目不允许说明例外", isError: true))
        #expect(harness.screen()[22] == "此条目不允许说明例外")
    }

    @Test(arguments: ["base.scale", "advanced.production.anomaly-warning", "leading.production.dynamic-optimisation", "excellent.outcome.talent-system"])
    func threeIsRefusedOutsideExcellentConstructionItems(id: String) {
        var harness = Harness.new()
        harness.select(.item(id))
        #expect(harness.press(.character("3")).isEmpty)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.message?.isError == true)
    }

    @Test func threeOnAnExcellentItemAsksForTheJustification() {
        var harness = production()
        harness.select(.item("excellent.production.condition-analysis-diagnosis"))
        let effects = harness.press(.character("3"))
        #expect(effects.isEmpty)
        let editor = try! #require(harness.editor)
        #expect(editor.target == .justification("excellent.production.condition-analysis-diagnosis"))
        #expect(editor.field.multiline)
        #expect(harness.assessment.answers.isEmpty, "nothing is answered before the justification is given")
    }

    @Test func anEmptyJustificationIsRefusedAndTheEditorStays() {
        var harness = production()
        harness.select(.item("excellent.production.condition-analysis-diagnosis"))
        harness.press(.character("3"))
        harness.type("   ")
        let effects = harness.press(.control("s"))
        #expect(Effects.saves(effects).isEmpty)
        #expect(Effects.removals(effects).isEmpty)
        #expect(harness.editor?.error == "说明例外须填写书面理由")
        #expect(harness.assessment.answers.isEmpty)
        #expect(harness.screen().contains { $0.contains("说明例外须填写书面理由") })
    }

    @Test func aJustifiedExceptionIsSaved() {
        var harness = production()
        let id = "excellent.production.condition-analysis-diagnosis"
        harness.select(.item(id))
        let row = harness.row
        harness.press(.character("3"))
        harness.type("整车厂直供,")
        harness.press(.enter)
        harness.type("无售后数据")
        let effects = harness.press(.control("s"))
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.answers[id] == Answer(.excepted, justification: "整车厂直供,\n无售后数据"))
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["t.json.draft"])
        #expect(harness.row == row + 1, "committing the justification moves down, like 1 and 2")
        #expect(RowText.status(.item(id), harness.document, .zh).0 == "例外")
    }

    @Test func threeAgainEditsTheJustificationAndOneDropsIt() {
        var harness = production()
        let id = "excellent.production.online-quality-control"
        harness.select(.item(id))
        let row = harness.row
        harness.press(.character("3"))
        harness.type("理由")
        harness.press(.control("s"))
        #expect(harness.row == row + 1, "the commit moved down")
        harness.press(.up, .character("3"))
        #expect(harness.editor?.field.string == "理由")
        harness.press(.escape)
        #expect(harness.assessment.answers[id]?.status == .excepted)
        let effects = harness.press(.character("1"))
        #expect(harness.assessment.answers[id] == Answer(.met))
        expectSavedState(effects, harness)
    }

    @Test func escapeLeavesAnExceptionUnanswered() {
        var harness = production()
        harness.select(.item("excellent.production.online-quality-control"))
        let row = harness.row
        harness.press(.character("3"))
        harness.type("理由")
        let effects = harness.press(.escape)
        #expect(effects == [.remove(path: "t.json.draft")])
        #expect(harness.assessment.answers.isEmpty)
        #expect(harness.row == row, "a cancelled exception does not move")
    }

    // MARK: Evidence notes

    @Test func aMultiLineEvidenceNoteIsCommittedWithCtrlS() {
        var harness = production()
        harness.press(.character("e"))
        #expect(harness.editor?.target == .evidence("basic.production.realtime-monitoring"))
        harness.type("SCADA 监控画面")
        let newline = harness.press(.enter)
        #expect(harness.state.overlay != nil, "Enter starts a new line in a note")
        #expect(Effects.saves(newline).isEmpty)
        harness.type("数据记录 2025")
        let effects = harness.press(.control("s"))
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"] == Answer(nil, evidence: "SCADA 监控画面\n数据记录 2025"))
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["t.json.draft"])
        #expect(harness.row == 0, "a note does not answer the item nor move")
    }

    @Test func enterOnAnItemOpensItsNoteToo() {
        var harness = production()
        harness.press(.character("1"), .up, .enter)
        #expect(harness.editor?.target == .evidence("basic.production.realtime-monitoring"))
        harness.type("x")
        harness.press(.control("j"))
        harness.type("y")
        harness.press(.control("s"))
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"] == Answer(.met, evidence: "x\ny"))
        #expect(RowText.status(.item("basic.production.realtime-monitoring"), harness.document, .zh).0 == "达到*")
    }

    @Test func escapeCancelsANote() {
        var harness = production()
        harness.press(.character("1"), .up, .character("e"))
        harness.type("不要保存")
        let before = harness.assessment
        let effects = harness.press(.escape)
        #expect(effects == [.remove(path: "t.json.draft")])
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment == before)
    }

    @Test func emptyingANoteRemovesIt() {
        var harness = production()
        harness.press(.character("e"))
        harness.type("ab")
        harness.press(.control("s"))
        harness.press(.character("e"), .backspace, .backspace)
        let effects = harness.press(.control("s"))
        #expect(harness.assessment.answers.isEmpty)
        expectSavedState(effects, harness)
    }

    @Test func cursorKeysEditInsideTheNote() {
        var harness = production()
        harness.press(.character("e"))
        harness.type("ac")
        harness.press(.enter)
        harness.type("d")
        harness.press(.up)
        harness.type("b")
        harness.press(.down, .end)
        harness.type("e")
        harness.press(.home, .delete)
        harness.press(.control("s"))
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"]?.evidence == "abc\ne")
    }

    @Test func aNoteOnANonItemRowDoesNothing() {
        var harness = Harness.new()
        #expect(harness.press(.character("e")).isEmpty)
        #expect(harness.state.overlay == nil)
    }
}
