import FactoryGrading
import Testing

@testable import GradeTUICore

/// Moving around: sections, rows, next unanswered, index, search, help, language, quitting.
@Suite struct ReducerNavigationTests {
    var titles: [String] { Harness.new().document.sections.map { $0.title.zh } }

    @Test func theSectionsFollowTheFlow() {
        #expect(titles == ["企业概况", "基础要求", "成熟度", "工厂建设", "研发设计", "生产作业", "生产管理", "运营管理", "关键绩效指标", "建设成效", "评估结果"])
    }

    @Test func tabAndShiftTabMoveBetweenSections() {
        var harness = Harness.new()
        var visited: [Int] = []
        for _ in 0..<11 {
            harness.press(.tab)
            visited.append(harness.state.sectionIndex)
        }
        #expect(visited == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0], "Tab on the results goes back to the profile")
        harness.press(.backTab)
        #expect(harness.state.sectionIndex == 0, "Shift-Tab stops at the first section")
        harness.press(.character("r"), .backTab)
        #expect(harness.state.sectionIndex == 9)
    }

    @Test func eachSectionKeepsItsOwnRow() {
        var harness = Harness.new()
        harness.press(.down, .down, .tab, .down, .backTab)
        #expect(harness.row == 2)
        harness.press(.tab)
        #expect(harness.row == 1)
    }

    @Test func rowsMoveWithArrowsAndVimKeys() {
        var harness = Harness.new()
        harness.press(.down, .character("j"), .character("j"))
        #expect(harness.row == 3)
        harness.press(.up, .character("k"))
        #expect(harness.row == 1)
        harness.press(.up, .up)
        #expect(harness.row == 0, "the first row stops ↑")
    }

    @Test func pageKeysMoveTenRowsAndStopAtTheEnds() {
        var harness = Harness.new()
        harness.go(to: .kpis)
        harness.press(.pageDown)
        #expect(harness.row == 10)
        harness.press(.pageDown)
        #expect(harness.row == 19)
        harness.press(.pageUp)
        #expect(harness.row == 9)
        harness.press(.pageUp)
        #expect(harness.row == 0)
    }

    @Test func homeAndEndGoToTheFirstAndLastRow() {
        var harness = Harness.new()
        harness.go(to: .maturity)
        harness.press(.end)
        #expect(harness.row == 104)
        harness.press(.home)
        #expect(harness.row == 0)
        harness.press(.character("G"))
        #expect(harness.state.selectedRow == .question("q.warehousing-distribution.5"))
        harness.press(.character("g"))
        #expect(harness.state.selectedRow == .maturity(.level))
    }

    @Test func theListScrollsToKeepTheSelectionInView() {
        var harness = Harness.new()
        harness.go(to: .maturity)
        harness.press(.pageDown, .pageDown)
        let screen = harness.screen()
        #expect(screen[2].hasSuffix("21/105"))
        #expect(screen.contains { $0.hasPrefix(">未答     L1 ") })
    }

    @Test func rJumpsToTheResults() {
        var harness = Harness.new()
        harness.press(.character("r"))
        #expect(harness.section.kind == .results)
        #expect(harness.state.context == .results)
    }

    // MARK: Next unanswered

    @Test func nGoesToTheNextUnansweredRow() {
        var harness = Harness.new()
        harness.select(.profile(.enterpriseName))
        harness.press(.enter)
        harness.type("甲")
        harness.press(.enter)
        harness.press(.down)
        harness.select(.profile(.regionCode))
        harness.press(.enter)
        harness.type("130300")
        harness.press(.enter)
        harness.select(.profile(.enterpriseName))
        harness.press(.character("n"))
        #expect(harness.state.selectedRow == .profile(.creditCode))
        harness.press(.character("n"))
        #expect(harness.state.selectedRow == .profile(.industryCode), "answered rows are skipped")
    }

    @Test func nCrossesSections() {
        var harness = Harness.new()
        harness.go(to: .base)
        harness.press(.character("1"), .character("1"), .character("1"))
        harness.press(.character("n"))
        #expect(harness.state.selectedRow == .maturity(.level))
    }

    @Test func nWrapsAroundToTheTop() {
        var harness = Harness.new()
        harness.select(.profile(.enterpriseName))
        harness.press(.enter)
        harness.type("甲")
        harness.press(.enter)
        harness.go(to: .outcomes)
        harness.press(.end, .character("n"))
        #expect(harness.section.kind == .profile)
        #expect(harness.state.selectedRow == .profile(.creditCode))
    }

    @Test func nOnTheResultsStartsFromTheTop() {
        var harness = Harness.new()
        harness.press(.character("r"), .character("n"))
        #expect(harness.state.selectedRow == .profile(.enterpriseName))
    }

    @Test func nSaysSoWhenEverythingIsAnswered() {
        var harness = Harness.opening("leading.json", bytes: RepoFiles.example("leading.json"))
        harness.state.document!.assessment.kpis = harness.assessment.kpis.mapValues { entry in
            var entry = entry
            if entry.main == nil { entry.main = false }
            return entry
        }
        for kpi in TUIFixtures.pack.kpis where harness.assessment.kpis[kpi.id] == nil {
            harness.state.document!.assessment.kpis[kpi.id] = KPIEntry(value: nil, main: false)
        }
        #expect(harness.document.nextUnanswered(after: 0, row: 0) == nil)
        harness.go(to: .kpis)
        harness.press(.character("n"))
        #expect(harness.state.message == AppState.StatusMessage(text: "全部已作答", isError: false))
        #expect(harness.section.kind == .kpis)
    }

    // MARK: Index

    @Test func iOpensTheIndexAtTheCurrentSection() {
        var harness = Harness.new()
        harness.press(.tab, .tab, .character("i"))
        #expect(harness.state.overlay == .index(selected: 2))
        harness.press(.down, .character("j"), .enter)
        #expect(harness.state.overlay == nil)
        #expect(harness.section.kind == .area("design"))
    }

    @Test func aDigitInTheIndexJumpsStraightThere() {
        var harness = Harness.new()
        harness.press(.character("i"), .character("6"))
        #expect(harness.state.overlay == nil)
        #expect(harness.section.kind == .area("production"))
    }

    @Test func escapeOrIClosesTheIndex() {
        var harness = Harness.new()
        harness.press(.character("i"), .down, .escape)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.sectionIndex == 0)
        harness.press(.character("i"), .character("i"))
        #expect(harness.state.overlay == nil)
    }

    @Test func theIndexShowsProgressPerSection() {
        var harness = Harness.new()
        harness.go(to: .base)
        harness.press(.character("1"), .character("i"))
        let screen = harness.screen().joinedLines
        #expect(screen.contains("1. 企业概况  0/8"))
        #expect(screen.contains("2. 基础要求  1/4"))
        #expect(screen.contains("9. 关键绩效指标  0/20"))
        #expect(screen.contains("11. 评估结果\n") || screen.contains("11. 评估结果 "))
    }

    // MARK: Search

    @Test func searchFindsChineseText() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("工序自动化")
        #expect(harness.state.matches("工序自动化").count == 1)
        let effects = harness.press(.enter)
        #expect(effects.isEmpty)
        #expect(harness.state.overlay == nil)
        #expect(harness.section.kind == .area("production"))
        #expect(harness.state.selectedRow == .item("basic.production.process-automation"))
    }

    @Test func searchFindsAnId() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("advanced.production.online-analysis")
        harness.press(.enter)
        #expect(harness.state.selectedRow == .item("advanced.production.online-analysis"))
    }

    @Test func searchIgnoresCaseAndFindsEnglishText() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("overall equipment")
        harness.press(.enter)
        #expect(harness.state.selectedRow == .kpi("kpi.oee-gain"))
    }

    @Test func arrowsPickAmongSeveralMatches() throws {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("数字化")
        let found = harness.state.matches("数字化")
        try #require(found.count >= 2)
        harness.press(.down, .enter)
        let second = found[1]
        #expect(harness.state.sectionIndex == second.section)
        #expect(harness.row == second.row)
    }

    @Test func typedLettersGoIntoTheQueryNotToCommands() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("q1rn")
        guard case .search(let search)? = harness.state.overlay else {
            Issue.record("search closed by a typed letter")
            return
        }
        #expect(search.field.string == "q1rn")
        #expect(harness.assessment.answers.isEmpty)
    }

    @Test func noMatchSaysSo() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("不存在的文字")
        #expect(harness.screen().contains { $0.contains("没有匹配项") })
        harness.press(.enter)
        #expect(harness.state.message == AppState.StatusMessage(text: "没有匹配项", isError: true))
        #expect(harness.state.sectionIndex == 0)
    }

    @Test func escapeClosesTheSearchWhereItWas() {
        var harness = Harness.new()
        harness.press(.character("/"))
        harness.type("工序")
        harness.press(.escape)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.sectionIndex == 0)
    }

    // MARK: Help, language, quitting

    @Test func questionMarkShowsHelpAndAnyKeyClosesIt() {
        var harness = Harness.new()
        harness.go(to: .base)
        harness.press(.character("?"))
        #expect(harness.state.overlay == .help(scroll: 0))
        let screen = harness.screen(120, 40).joinedLines
        #expect(screen.contains("帮助"))
        #expect(screen.contains("base.scale"))
        #expect(screen.contains("附件 一、1"))
        #expect(screen.contains("1/y       达到/全部满足"))
        let effects = harness.press(.character("1"))
        #expect(effects.isEmpty, "the key that closes help does nothing else")
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.answers.isEmpty)
    }

    @Test func helpThatDoesNotFitScrollsAndShowsEveryKey() {
        var harness = Harness.new()
        harness.go(to: .base)
        harness.press(.character("?"))
        let first = harness.screen().joinedLines
        #expect(first.contains("附件 一、1"), "help starts with the selected item")
        #expect(!first.contains("q         退出(已保存)"), "at 80×24 the key list does not fit at once")
        #expect(first.contains("(1/"), "the footer shows where the help is scrolled to")
        harness.press(.end)
        guard case .help(let bottom)? = harness.state.overlay else {
            Issue.record("End closed the help")
            return
        }
        #expect(bottom > 0)
        let last = harness.screen().joinedLines
        for label in ["q         退出(已保存)", "?         帮助", "L         中/英"] { #expect(last.contains(label), "the last page lacks \(label)") }
        harness.press(.down)
        #expect(harness.state.overlay == .help(scroll: bottom), "scrolling stops at the end")
        harness.press(.up, .character("k"))
        #expect(harness.state.overlay == .help(scroll: bottom - 2))
        harness.press(.pageUp, .pageUp, .pageUp)
        #expect(harness.state.overlay == .help(scroll: 0), "scrolling stops at the top")
        harness.press(.pageDown)
        #expect(harness.state.overlay != .help(scroll: 0))
        let effects = harness.press(.character("1"))
        #expect(effects.isEmpty && harness.state.overlay == nil && harness.assessment.answers.isEmpty)
    }

    @Test func helpListsTheKeysOfTheScreenUnderIt() {
        var results = ScreenStates.basicResults()
        results.press(.character("?"))
        let onResults = OverlayView.helpLines(results.state).map(\.0)
        #expect(onResults.contains { $0.hasPrefix("x ") }, "the results screen's help lists export")
        #expect(!onResults.contains { $0.hasPrefix("1/y ") }, "answer keys do not apply on the results screen")
        var start = ScreenStates.start()
        start.press(.character("?"))
        let onStart = OverlayView.helpLines(start.state).map(\.0)
        #expect(!onStart.contains { $0.hasPrefix("Tab ") || $0.hasPrefix("1/y ") })
        #expect(onStart.contains { $0.hasPrefix("L ") })
    }

    @Test func f1ShowsHelpToo() {
        var harness = Harness.new()
        harness.press(.function(1))
        #expect(harness.state.overlay == .help(scroll: 0))
    }

    @Test func lSwitchesTheLanguage() {
        var harness = Harness.new()
        harness.press(.character("L"))
        #expect(harness.state.language == .en)
        #expect(harness.screen()[0].hasPrefix(" Smart-factory tier self-assessment · hebei-2025"))
        #expect(harness.screen()[3] == ">-        Enterprise:", "an unanswered row is marked with an ASCII '-'")
        harness.press(.character("L"))
        #expect(harness.state.language == .zh)
        #expect(harness.screen()[0].hasPrefix(" 智能工厂梯度培育自评 · hebei-2025"))
    }

    @Test func theHelpBarListsTheSectionKeysByPriority() {
        #expect(
            KeyMap.bar(.section, language: .zh, width: 200)
                == "q 退出(已保存)  Tab 下一节  ? 帮助  1/y 达到/全部满足  2 未达到/大部分  Enter 编辑/展开  e 证据说明  n 下一未答  / 搜索  i 目录  r 结果")
        #expect(
            KeyMap.bar(.section, language: .en, width: 200)
                == "q quit (saved)  Tab next section  ? help  1/y met/fully  2 not met/mostly  Enter edit/open  e evidence note  n next unanswered  / search  i index  r results")
        // As many as fit, quitting first.
        #expect(KeyMap.bar(.section, language: .en, width: 40) == "q quit (saved)  Tab next section  ? help")
        #expect(KeyMap.bar(.section, language: .en, width: 14) == "q quit (saved)")
    }

    @Test func theHelpBarShowsTheOpenOverlaysKeys() {
        var harness = Harness.new()
        harness.press(.character("/"))
        #expect(harness.screen()[23] == "输入文字或编号 · Enter 跳转 · Esc 关闭")
        harness.press(.escape, .character("i"))
        #expect(harness.screen()[23] == "Enter 跳转 · 数字键直达 · Esc 关闭")
        harness.press(.escape, .character("?"))
        #expect(harness.screen()[23] == "↑↓ PgUp PgDn 滚动 · 其他键关闭")
        harness.press(.escape, .enter)
        #expect(harness.editor?.target == .profile(.enterpriseName))
        #expect(harness.screen()[23] == "Enter 确认 · Esc 取消 · 留空则清除")
        harness.press(.escape)
        #expect(harness.state.overlay == nil)
        #expect(harness.screen()[23] == "q 退出(已保存)  Tab 下一节  ? 帮助  1/y 达到/全部满足  2 未达到/大部分")
        harness.go(to: .kpis)
        harness.press(.enter)
        #expect(harness.screen()[23] == "↑↓ 选择 · Enter 编辑/切换 · 数字选项 · Esc 保存并关闭")
        harness.press(.down, .enter)
        #expect(harness.screen()[23] == "Enter 确认 · Esc 取消此项")
    }

    @Test func qAndCtrlCQuit() {
        var harness = Harness.new()
        #expect(harness.press(.character("q")) == [.quit])
        #expect(harness.press(.control("c")) == [.quit])
        #expect(harness.press(.terminate) == [.quit])
    }

    @Test func ctrlCQuitsFromAnEditorAndKeepsTheDraft() {
        var harness = Harness.new()
        harness.press(.enter)
        harness.type("甲")
        let effects = harness.press(.control("c"))
        #expect(effects == [.quit], "no commit and no removal: the draft file stays for the next start")
    }

    @Test func qInAnEditorIsTyped() {
        var harness = Harness.new()
        harness.press(.enter)
        let effects = harness.press(.character("q"))
        #expect(!effects.contains(.quit))
        #expect(harness.editor?.field.string == "q")
    }

    @Test func aResizeChangesNothing() {
        var harness = Harness.new()
        let before = harness.state.sectionIndex
        #expect(harness.press(.resize(Size(width: 100, height: 30))).isEmpty)
        #expect(harness.state.sectionIndex == before)
    }
}
