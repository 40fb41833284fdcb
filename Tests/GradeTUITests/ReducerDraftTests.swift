import FactoryGrading
import Testing

@testable import GradeTUICore

/// The draft file beside the assessment: rewritten on every key in an editor or form, removed on commit or
/// cancel, and reopened on the next start.
@Suite struct ReducerDraftTests {
    /// Session A's file as saved when it was created, and the last draft it wrote.
    struct Interrupted {
        var file: [UInt8]
        var draft: [UInt8]
        var overlay: AppState.Overlay?
    }

    /// Runs `keys` on a new `a.json` and stops there, as if the process were killed.
    func interrupt(_ setUp: (inout Harness) -> Void) -> Interrupted {
        var harness = Harness.new("a.json")
        setUp(&harness)
        let file = Effects.saves(harness.log).last!.bytes
        let draft = Effects.drafts(harness.log).last!
        #expect(draft.path == "a.json.draft")
        return Interrupted(file: file, draft: draft.bytes, overlay: harness.state.overlay)
    }

    /// Session B: opens the file and gets the draft back.
    func resume(_ interrupted: Interrupted) -> Harness {
        var harness = Harness(TUIFixtures.state())
        let opening = harness.send(.opened(path: "a.json", bytes: interrupted.file))
        #expect(opening == [.open(path: "a.json.draft")])
        let restoring = harness.send(.opened(path: "a.json.draft", bytes: interrupted.draft))
        #expect(restoring.isEmpty)
        return harness
    }

    @Test func everyKeyInAnEditorRewritesTheDraft() {
        var harness = Harness.new()
        harness.press(.enter)
        for (index, key) in [Key.character("甲"), .character("乙"), .left, .backspace, .home, .end].enumerated() {
            let effects = harness.press(key)
            let drafts = Effects.drafts(effects)
            #expect(drafts.count == 1, "key \(index)")
            #expect(drafts.first?.path == "t.json.draft")
            #expect(Effects.saves(effects).isEmpty)
        }
    }

    @Test func everyKeyInAFormRewritesTheDraft() {
        var harness = Harness.new()
        harness.openKPI("kpi.sales-growth")
        for key in [Key.down, .enter, .character("5"), .enter, .down, .character("1")] {
            #expect(Effects.drafts(harness.press(key)).count == 1)
        }
    }

    @Test func commitAndCancelRemoveTheDraft() {
        var harness = Harness.new()
        harness.press(.enter)
        harness.type("甲")
        #expect(Effects.removals(harness.press(.enter)) == ["t.json.draft"])
        harness.press(.enter)
        harness.type("乙")
        #expect(Effects.removals(harness.press(.escape)) == ["t.json.draft"])
        harness.go(to: .maturity)
        harness.press(.enter, .character("2"), .down, .character("2"))
        #expect(Effects.removals(harness.press(.escape)) == ["t.json.draft"])
    }

    @Test func searchAndIndexWriteNoDraft() {
        var harness = Harness.new()
        harness.press(.character("/"))
        #expect(harness.type("工序").isEmpty)
        harness.press(.escape, .character("i"))
        #expect(harness.press(.down, .enter).isEmpty)
    }

    @Test func aNoteInProgressIsRestoredWithItsCursor() {
        let interrupted = interrupt { harness in
            harness.go(to: .area("production"))
            harness.press(.character("e"))
            harness.type("SCADA 监控")
            harness.press(.enter)
            harness.type("第二行")
            harness.press(.left)
        }
        var harness = resume(interrupted)
        #expect(harness.state.overlay == interrupted.overlay)
        #expect(harness.editor?.target == .evidence("basic.production.realtime-monitoring"))
        #expect(harness.state.selectedRow == .item("basic.production.realtime-monitoring"), "the row being edited is shown under the editor")
        #expect(harness.editor?.field.string == "SCADA 监控\n第二行")
        #expect(harness.editor?.field.cursor == 11)
        #expect(harness.editor?.field.multiline == true)
        #expect(harness.state.message == AppState.StatusMessage(text: "已恢复上次未完成的编辑", isError: false))
        harness.press(.end)
        harness.type("。")
        let effects = harness.press(.control("s"))
        #expect(harness.assessment.answers["basic.production.realtime-monitoring"]?.evidence == "SCADA 监控\n第二行。")
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["a.json.draft"])
    }

    @Test func aProfileFieldInProgressIsRestored() {
        let interrupted = interrupt { harness in
            harness.select(.profile(.annualRevenue))
            harness.press(.enter)
            harness.type("3500")
        }
        var harness = resume(interrupted)
        #expect(harness.state.overlay == interrupted.overlay)
        #expect(harness.editor?.field.multiline == false)
        harness.type("0000")
        harness.press(.enter)
        #expect(harness.assessment.profile.annualRevenue == 35_000_000)
    }

    @Test func aJustificationInProgressIsRestored() {
        let interrupted = interrupt { harness in
            harness.select(.item("excellent.operations-mgmt.value-added-services"))
            harness.press(.character("3"))
            harness.type("整车厂直供")
        }
        var harness = resume(interrupted)
        #expect(harness.editor?.target == .justification("excellent.operations-mgmt.value-added-services"))
        harness.press(.control("s"))
        #expect(harness.assessment.answers["excellent.operations-mgmt.value-added-services"] == Answer(.excepted, justification: "整车厂直供"))
    }

    @Test func aTailoringInProgressIsRestored() {
        let interrupted = interrupt { harness in
            harness.select(.question("q.logistics.3"))
            harness.press(.character("t"))
            harness.type("外包")
        }
        var harness = resume(interrupted)
        #expect(harness.state.overlay == interrupted.overlay)
        harness.press(.control("s"))
        #expect(harness.assessment.maturity?.selfDiagnosis?.tailoring == ["logistics": "外包"])
    }

    @Test func aMaturityFormInProgressIsRestoredWithTheFieldBeingTyped() {
        let interrupted = interrupt { harness in
            harness.select(.maturity(.level))
            harness.press(.enter, .character("2"), .down, .character("1"))
            harness.formType("reportDate", "2025-11-03")
            harness.formSelect("reportNumber")
            harness.press(.enter)
            harness.type("CMMM-")
        }
        var harness = resume(interrupted)
        let form = try! #require(harness.form)
        #expect(form == interrupted.overlay.flatMap { if case .form(let form) = $0 { form } else { nil } })
        #expect(form.subject == .maturity)
        #expect(form.selected == 3)
        #expect(form.editing?.string == "CMMM-")
        harness.type("0101")
        harness.press(.enter)
        let effects = harness.press(.escape)
        #expect(harness.assessment.maturity == MaturityResult(level: 2, source: .official, reportNumber: "CMMM-0101", reportDate: "2025-11-03"))
        expectSavedState(effects, harness)
    }

    @Test func aKPIFormInProgressIsRestoredWithItsLayout() {
        let interrupted = interrupt { harness in
            harness.openKPI("kpi.production-efficiency-gain")
            harness.press(.enter)
            harness.formType("raw.before", "12.5")
            harness.formType("raw.after", "14.6")
            harness.formPick("provincialAverage.kind", "1")
            harness.formType("provincialAverage.benchmark", "10")
            harness.formSelect("provincialAverage.source")
        }
        var harness = resume(interrupted)
        #expect(harness.state.overlay == interrupted.overlay)
        #expect(harness.form?.value("raw.before") == "12.5")
        #expect(harness.state.selectedRow == .kpi("kpi.production-efficiency-gain"))
        #expect(harness.form?.fields.map(\.id).contains("provincialAverage.source") == true)
        harness.press(.enter)
        harness.type("示例")
        harness.press(.enter)
        harness.formType("raw.baselinePeriod", "2023")
        harness.formType("raw.measurementPeriod", "2025")
        harness.formPick("main", "1")
        let effects = harness.press(.escape)
        expectSavedState(effects, harness)
        let entry = harness.assessment.kpis["kpi.production-efficiency-gain"]
        #expect(entry?.raw == KPIRawInputs(values: ["before": 12.5, "after": 14.6], periods: ["baselinePeriod": "2023", "measurementPeriod": "2025"]))
        #expect(entry?.comparisons == ["provincialAverage": .benchmark(value: 10, source: "示例")])
    }

    @Test func aValueHiddenByAChoiceIsKeptInTheDraft() {
        let interrupted = interrupt { harness in
            harness.openKPI("kpi.key-equipment-nc-rate")
            harness.formPick("provincialAverage.kind", "1")
            harness.formType("provincialAverage.benchmark", "46")
            harness.formPick("provincialAverage.kind", "2")
        }
        let draft = try! #require(try? JSONParser.parse(interrupted.draft))
        #expect(draft["stash"]?["provincialAverage.benchmark"] == "46", "the draft carries the hidden value")
        var harness = resume(interrupted)
        #expect(harness.state.overlay == interrupted.overlay)
        #expect(harness.form?.fields.map(\.id).contains("provincialAverage.benchmark") == false)
        harness.formPick("provincialAverage.kind", "1")
        #expect(harness.form?.value("provincialAverage.benchmark") == "46")
    }

    @Test func aDraftForSomethingTheFileDoesNotHaveIsRemoved() {
        var harness = Harness.new("a.json")
        let draft = Array(#"{"format":"factorygrading.draft","target":{"kind":"evidence","id":"basic.nope"},"text":"x","cursor":1,"multiline":true}"#.utf8)
        #expect(harness.send(.opened(path: "a.json.draft", bytes: draft)) == [.remove(path: "a.json.draft")])
        #expect(harness.state.overlay == nil)
    }

    @Test("a hand-edited draft whose cursor is no whole number in range puts the cursor at the end", arguments: [
        "1e300", "-1e300", "1.5", "9223372036854775808", "\"3\"",
    ])
    func aDraftWithAnAbsurdCursorStillOpens(cursor: String) {
        var harness = Harness.new("a.json")
        let text = #"{"format":"factorygrading.draft","target":{"kind":"evidence","id":"base.scale"},"text":"证明","cursor":"#
            + cursor + #","multiline":true}"#
        _ = harness.send(.opened(path: "a.json.draft", bytes: Array(text.utf8)))
        #expect(harness.editor?.field.string == "证明")
        #expect(harness.editor?.field.cursor == 2)
    }

    @Test func aDraftOfAnExceptionWhereNoneIsAllowedIsRemoved() {
        var harness = Harness.new("a.json")
        let draft = Array(#"{"format":"factorygrading.draft","target":{"kind":"justification","id":"base.scale"},"text":"x"}"#.utf8)
        #expect(harness.send(.opened(path: "a.json.draft", bytes: draft)) == [.remove(path: "a.json.draft")])
        #expect(harness.state.overlay == nil)
    }

    @Test func noDraftMeansNoOverlay() {
        let harness = Harness.new()
        #expect(harness.state.overlay == nil)
        #expect(harness.state.message?.text == "新建评估:t.json")
    }

    @Test func theControllerRestoresTheDraftFromTheFolder() {
        let interrupted = interrupt { harness in
            harness.select(.profile(.assessor))
            harness.press(.enter)
            harness.type("李晓明")
        }
        let environment = MemoryEnvironment()
        environment.files["a.json"] = interrupted.file
        environment.files["a.json.draft"] = interrupted.draft
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "a.json")
        #expect(controller.state.overlay == interrupted.overlay)
        #expect(environment.writes.isEmpty, "opening writes nothing")
        _ = controller.handle(.enter)
        #expect(environment.files["a.json.draft"] == nil)
        #expect(Effects.decode(environment.files["a.json"]!)?.profile.assessor == "李晓明")
    }
}
