import FactoryGrading
import Testing

@testable import GradeTUICore

/// Lists longer than the screen: whatever is selected (a search match, a form field, a file, a results line)
/// must stay visible at 80×24.
@Suite struct OverflowTests {
    @Test func theSelectedSearchMatchStaysVisible() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("数字化")
        let found = harness.state.matches("数字化")
        #expect(found.count > 20)
        func highlighted(_ state: AppState) -> [Int] {
            let canvas = Renderer.render(state, size: Size(width: 80, height: 24)).canvas
            return (1..<23).filter { y in (10..<70).allSatisfy { canvas.style($0, y) == .selected } }
        }
        harness.press(.down, .down)
        #expect(!highlighted(harness.state).isEmpty, "a match near the top is highlighted")
        harness.press(Array(repeating: .down, count: 17))
        guard case .search(let search)? = harness.state.overlay else { return }
        #expect(search.selected == 19)
        let target = found[19]
        let label = RowText.label(harness.document.sections[target.section].rows[target.row], harness.document, .zh)
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        let selectedLines = (1..<23).filter { y in (10..<70).allSatisfy { canvas.style($0, y) == .selected } }
        #expect(!selectedLines.isEmpty, "no highlighted match on screen")
        #expect(selectedLines.contains { canvas.lines[$0].contains(String(label.prefix(6))) })
        // Enter jumps to the selection.
        harness.press(.enter)
        #expect(harness.state.sectionIndex == target.section)
        #expect(harness.row == target.row)
    }

    @Test func aLongKPIFormShowsItsSelectedFieldAndItsError() {
        var harness = Harness.new()
        harness.openKPI("kpi.oee-gain")
        harness.press(.enter)
        for scope in ["provincialAverage", "provincialLeading", "nationalLeading", "globalLeading"] {
            harness.formPick("\(scope).kind", "1")
        }
        #expect(harness.form?.fields.count == 22)
        harness.formType("globalLeading.source", "示例")
        harness.press(.escape)
        let error = try! #require(harness.form?.error)
        let screen = harness.screen()
        #expect(screen.contains { $0.contains("来源") && $0.contains("示例") }, "the selected field is not on screen")
        #expect(error.hasSuffix("对标值和来源都须填写"))
        #expect(screen.contains { $0.contains("对标值和来源都须填写") }, "the error is not on screen")
        // The error stands right under the form's title; the selected field is the highlighted line.
        let title = try! #require(screen.firstIndex { $0.contains("10. 设备综合利用率提升") })
        #expect(screen[title + 1].contains("对标值和来源都须填写"))
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        let highlighted = (1..<23).filter { y in (4..<76).allSatisfy { canvas.style($0, y) == .selected } }
        #expect(highlighted.count == 1)
        #expect(highlighted.allSatisfy { screen[$0].contains("来源") && screen[$0].contains("示例") })
    }

    @Test(arguments: [Language.zh, .en])
    func kpiFormFieldsWithLongSimilarLabelsCanBeToldApart(_ language: Language) {
        var harness = Harness.new()
        if language == .en { harness.press(.character("L")) }
        harness.openKPI("kpi.oee-gain")
        harness.press(.enter)
        let form = try! #require(harness.form)
        let rawFields = form.fields.filter { $0.id.hasPrefix("raw.before.") || $0.id.hasPrefix("raw.after.") }
        #expect(rawFields.count == 6)
        let screen = harness.screen()
        let rows = rawFields.map { field in screen.first { $0.contains(field.label[language]) } }
        #expect(rows.allSatisfy { $0 != nil }, "every raw field shows its whole label: \(screen.joinedLines)")
        #expect(Set(rows.compactMap { $0 }).count == rawFields.count, "two raw fields look the same")
        // The selected field's description (the KPI's input as the pack words it) is shown above the fields.
        harness.formSelect(rawFields[4].id)
        let description = try! #require(harness.document.pack.kpi("kpi.oee-gain")?.formula.inputs["after"]?[language])
        let shown = harness.screen().joined().filter { $0 != " " && $0 != "|" }
        #expect(shown.contains(description.filter { $0 != " " }), "\(description) is not shown")
    }

    @Test func theCursorSitsOnTheFieldBeingTypedUnderAWrappedDescription() {
        var harness = Harness.new()
        harness.press(.character("L"))
        harness.openKPI("kpi.oee-gain")
        harness.press(.enter)
        harness.formSelect("raw.after.performance")
        harness.press(.enter)
        harness.type("7")
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        let row = try! #require(canvas.lines.firstIndex { $0.contains("Measurement (after) · performance (%)") })
        #expect(canvas.lines.contains { $0.contains("(OEE) in the measurement period") }, "the description wraps onto a second line")
        #expect(canvas.cursor?.y == row)
        #expect(canvas.cursor.map { canvas.lines[row].prefix($0.x).hasSuffix("7") } == true, "\(String(describing: canvas.cursor))")
    }

    @Test func theSelectedFileOfALongResumeListStaysVisible() {
        var harness = Harness()
        let files = (1...20).map { (path: String(format: "site-%02d.json", $0), bytes: RepoFiles.example("basic.json")) }
        harness.send(.scanned(files))
        harness.press(Array(repeating: .down, count: 20))
        #expect(harness.state.start.selected == 20)
        let screen = harness.screen()
        #expect(screen.contains { $0.contains("site-20.json") })
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        let line = try! #require(screen.firstIndex { $0.contains("site-20.json") })
        #expect(canvas.style(2, line) == .selected, "the selected file is highlighted")
        #expect(screen.contains { $0.contains("+ 新建评估") }, "the new-assessment line stays")
        // Going back up scrolls back.
        harness.press(Array(repeating: .up, count: 19))
        #expect(harness.state.start.selected == 1)
        #expect(harness.screen().contains { $0.contains("site-01.json") })
        #expect(!harness.screen().contains { $0.contains("site-20.json") })
    }

    @Test func resultsLinesMoveExpandAndCollapse() {
        var harness = ScreenStates.basicResults()
        let count = harness.state.resultLines.count
        harness.press(.end)
        #expect(harness.state.results.selected == count - 1)
        harness.press(.pageUp)
        #expect(harness.state.results.selected == count - 11)
        harness.press(.home, .down, .down, .down)
        #expect(harness.state.resultLines[3] == .tier("basic"))
        harness.press(.enter)
        #expect(harness.state.results.expandedTiers == ["basic"])
        #expect(harness.state.resultLines[4] == .rule(tier: "basic", index: 0))
        harness.press(.down, .enter)
        #expect(harness.state.results.expandedRules.count == 1)
        #expect(harness.screen().contains { $0.hasPrefix("        ") && !$0.trimmingSpaces.isEmpty }, "the rule's reason is shown under it")
        harness.press(.escape)
        #expect(harness.state.results.expandedTiers.isEmpty)
        #expect(harness.state.results.expandedRules.isEmpty)
        // The selected line stays visible when it is far down.
        harness.press(.end)
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        #expect((2..<22).contains { y in canvas.style(0, y) == .selected })
    }
}
