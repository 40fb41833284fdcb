import FactoryGrading
import Testing

@testable import GradeTUICore

/// Layout rules every screen keeps: wide (Chinese) characters are never split, the status column of the
/// lists stays aligned, and the section strip fits the width.
@Suite struct LayoutTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 81, height: 25), Size(width: 99, height: 30), Size(width: 120, height: 40)]

    /// Documents to draw: a new file, the incomplete and the basic example.
    static func documents(_ language: Language) -> [Harness] {
        [
            ScreenStates.production(),
            Harness.opening("incomplete.json", bytes: RepoFiles.example("incomplete.json"), language: language),
            Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"), language: language),
        ].map { harness in
            var harness = harness
            harness.state.language = language
            return harness
        }
    }

    /// Every section of every document, and the usual overlays, at several sizes and in both languages.
    @Test(arguments: [Language.zh, .en])
    func wideCharactersAreNeverSplit(language: Language) {
        for document in Self.documents(language) {
            var states: [AppState] = []
            for index in document.document.sections.indices {
                var harness = document
                harness.state.sectionIndex = index
                harness.state.document!.rowCursor[index] = max(0, harness.document.sections[index].rows.count / 2)
                states.append(harness.state)
            }
            var harness = document
            for keys: [Key] in [
                [.character("?")], [.character("i")], [.character("/")] + TUIFixtures.type("数字化"),
                [.character("r"), .character("x")],
            ] {
                var copy = harness
                copy.press(keys)
                states.append(copy.state)
            }
            harness.go(to: .kpis)
            harness.press(.enter)
            states.append(harness.state)
            harness.press(.escape, .escape)
            harness.go(to: .maturity)
            harness.press(.enter)
            states.append(harness.state)
            harness.press(.escape, .escape)
            harness.go(to: .area("production"))
            harness.press(.character("e"))
            harness.type(String(repeating: "设备台账仍为Excel,点检记录纸质。", count: 6))
            states.append(harness.state)
            for state in states {
                for size in Self.sizes {
                    expectWideCharactersWhole(Renderer.render(state, size: size).canvas)
                }
            }
        }
    }

    @Test func aLongChineseNameIsCutBetweenCharacters() {
        for (name, expected) in [
            (String(repeating: "冀", count: 40), ">         企业:" + String(repeating: "冀", count: 31) + "~"),
            ("A" + String(repeating: "冀", count: 40), ">         企业:A" + String(repeating: "冀", count: 31) + "~"),
        ] {
            var harness = Harness.new()
            harness.press(.enter)
            harness.type(name)
            harness.press(.enter)
            let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
            #expect(canvas.lines[3] == expected)
            expectWideCharactersWhole(canvas)
            #expect(DisplayWidth.of(canvas.lines[0]) <= 80)
            #expect(canvas.lines[0].hasSuffix(" 节 1/11 | 已答 0%"), "the header keeps its right part: \(canvas.lines[0])")
        }
    }

    @Test func statusWordsLineUpBeforeTheLabels() {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"))
        harness.go(to: .kpis)
        let lines = Array(harness.screen().dropFirst(3).prefix(6))
        #expect(
            lines == [
                ">主要     1. 关键设备数控化率: 72.5%",
                " 非主要   2. 先进过程控制投用率: 20%",
                " 非主要   3. 应用人工智能技术场景比例: 5%",
                " 非主要   4. 工厂应用智能决策模型数量: 2个",
                " 非主要   5. 研制周期缩短: 12%",
                " 非主要   6. 销售增长率: 8.3%",
            ])
    }

    /// In every list, column 10 starts the label: the status before it (from column 1) is at most 8 columns,
    /// never cut, and column 9 stays blank between the two.
    @Test(arguments: [Language.zh, .en])
    func theStatusColumnIsAligned(language: Language) {
        for document in Self.documents(language) {
            for (index, section) in document.document.sections.enumerated() where section.kind != .results && section.kind != .maturity {
                var harness = document
                harness.state.sectionIndex = index
                let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
                for offset in 0..<min(section.rows.count, 12) {
                    let y = 3 + offset
                    let (status, _) = RowText.status(section.rows[offset], harness.document, language)
                    #expect(!canvas[10, y].isContinuation, "\(canvas.lines[y])")
                    #expect(canvas.text(y: y, from: 1, to: 10).trimmingSpaces == status, "\(canvas.lines[y])")
                    #expect(canvas[9, y].text == " ", "no gap before the label: \(canvas.lines[y])")
                }
            }
        }
    }

    /// The questionnaire's statuses are short forms of the satisfaction names (全部满足 is longer than the
    /// column): 全部/大部分/部分/不满足, and in English the satisfaction ids.
    @Test(arguments: [Language.zh, .en])
    func questionnaireStatusesFitTheColumn(language: Language) {
        var harness = Harness.new(language: language)
        harness.go(to: .maturity)
        harness.select(.question("q.customer-service.1"))
        harness.press(.character("1"), .character("2"), .character("3"), .character("4"))
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        let expected = language == .zh ? ["全部", "大部分", "部分", "不满足"] : ["full", "most", "partial", "none"]
        for (offset, y) in (8...11).enumerated() {
            #expect(!canvas[10, y].isContinuation)
            #expect(canvas.text(y: y, from: 1, to: 10).trimmingSpaces == expected[offset], "\(canvas.lines[y])")
            #expect(!canvas.text(y: y, from: 1, to: 10).contains("~"), "\(canvas.lines[y])")
            #expect(canvas[9, y].text == " ", "\(canvas.lines[y])")
        }
    }

    @Test func theKPIDetailShowsTheComparisonWithoutAStrayComma() {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"))
        harness.go(to: .kpis)
        let detail = harness.screen().joinedLines
        #expect(detail.contains("须 > 58%"))
        #expect(!detail.contains("水平: ,须"))
        // The comparison follows the scope's name directly, starting with the benchmark.
        #expect(harness.screen().contains { $0.hasPrefix(" 高于省(区、市)同行业平均水平: 须 > 58%(") })
    }
}

/// The section strip (line 1): the current section always shows, the strip fits the width, `<` and `>` say
/// that sections are hidden, and click targets lie on the screen.
@Suite struct SectionStripTests {
    static let titles = ["企业概况", "基础要求", "成熟度", "工厂建设", "研发设计", "生产作业", "生产管理", "运营管理", "关键绩效指标", "建设成效", "评估结果"]

    @Test func theProfileStripStartsWithTheCurrentSection() {
        let harness = Harness.new()
        let frame = Renderer.render(harness.state, size: Size(width: 80, height: 24))
        #expect(frame.canvas.lines[1].hasPrefix(" 企业概况  |  基础要求  |  成熟度  |  工厂建设  |"))
        #expect((0..<10).allSatisfy { frame.canvas.style($0, 1) == .selected })
        #expect(frame.canvas.style(10, 1) != .selected)
        #expect(frame.hits.contains { $0.y == 1 && $0.x == 0..<10 && $0.target == .section(0) })
        #expect(frame.hits.contains { $0.y == 1 && $0.x == 13..<23 && $0.target == .section(1) })
    }

    @Test(arguments: [80, 100, 120])
    func theStripFitsAndMarksHiddenSections(width: Int) {
        var harness = Harness.new()
        for index in Self.titles.indices {
            harness.state.sectionIndex = index
            let frame = Renderer.render(harness.state, size: Size(width: width, height: 24))
            let strip = frame.canvas.lines[1]
            let sections = frame.hits.filter { $0.y == 1 }
            let shown = sections.compactMap { hit -> Int? in if case .section(let index) = hit.target { index } else { nil } }
            #expect(sections.allSatisfy { $0.x.upperBound <= width }, "\(width): a section is drawn past the edge: \(strip)")
            #expect(strip.contains(" " + Self.titles[index] + " ") || strip.hasSuffix(" " + Self.titles[index]), "\(width): the current section is not shown: \(strip)")
            if let last = shown.last, last < Self.titles.count - 1 {
                #expect(strip.hasSuffix(">"), "\(width): sections hidden on the right, no '>': \(strip)")
            }
            if let first = shown.first, first > 0 {
                #expect(strip.hasPrefix("<"), "\(width): sections hidden on the left, no '<': \(strip)")
            }
        }
    }
}
