import FactoryGrading
import Testing

@testable import GradeTUICore

/// Screens drawn for known states, compared line by line with what they should show. Line 1 of the
/// document screens (the section strip) is left to ``SectionStripTests``.
@Suite struct ScreenTests {
    @Test func startScreen80x24() {
        let harness = ScreenStates.start()
        expectScreen(
            harness.screen(),
            """
             智能工厂梯度培育自评

              智能工厂梯度培育自评

              语言: 中文   (L 切换)
              标准包: hebei-2025 1.0.1 · 河北省智能工厂梯度培育要素条件(《河北省智能工厂~

              + 新建评估
              继续已有评估:
                basic.json                 廊坊恒锐齿轮传动有限公司 2026-04-16 100%
                incomplete.json            邢台冀南骏驰自行车有限~  2026-05-20 65%
                newer.json                 ! 无法打开











            q 退出(已保存)  ? 帮助  Enter 编辑/展开
            """)
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        #expect(canvas.style(2, 7) == .selected, "the selected line (+ New) is highlighted")
        #expect(canvas.style(4, 11) == .muted, "a file that cannot be opened is dimmed")
        expectWideCharactersWhole(canvas)
    }

    @Test func startScreenExplainsTheSelectedRefusedFile() {
        var harness = ScreenStates.start()
        harness.press(.down, .down, .down)
        expectScreen(
            harness.screen(),
            """
             智能工厂梯度培育自评

              智能工厂梯度培育自评

              语言: 中文   (L 切换)
              标准包: hebei-2025 1.0.1 · 河北省智能工厂梯度培育要素条件(《河北省智能工厂~

              + 新建评估
              继续已有评估:
                basic.json                 廊坊恒锐齿轮传动有限公司 2026-04-16 100%
                incomplete.json            邢台冀南骏驰自行车有限~  2026-05-20 65%
                newer.json                 ! 无法打开








             无法打开: $.formatVersion: 格式版本 2 不受支持(本工具支持版本 1);可能由更新版
             本的工具写入

            q 退出(已保存)  ? 帮助  Enter 编辑/展开
            """)
    }

    @Test func startScreen120x40() {
        let harness = ScreenStates.start()
        expectScreen(
            harness.screen(120, 40),
            """
             智能工厂梯度培育自评

              智能工厂梯度培育自评

              语言: 中文   (L 切换)
              标准包: hebei-2025 1.0.1 · 河北省智能工厂梯度培育要素条件(《河北省智能工厂梯度培育行动工作方案(2025-2027年)》附件)

              + 新建评估
              继续已有评估:
                basic.json                 廊坊恒锐齿轮传动有限公司 2026-04-16 100%
                incomplete.json            邢台冀南骏驰自行车有限~  2026-05-20 65%
                newer.json                 ! 无法打开



























            q 退出(已保存)  ? 帮助  Enter 编辑/展开
            """)
    }

    @Test func constructionAreaSection80x24() {
        let harness = ScreenStates.production()
        expectScreen(
            harness.screen(),
            """
             智能工厂梯度培育自评 · 河北示例智能装备有限公司 · hebei-2025 节 6/11 | 已答 3%
            <  成熟度  |  工厂建设  |  研发设计  |  生产作业  |  生产管理  |  运营管理  >
             生产作业  (4/12 已答)
             达到*    [基础级] 开展关键装备和工艺数字化升级,实现关键装备、工序和系统的实时~
             未达到   [基础级] 开展关键装备和工艺数字化升级,实现关键生产工序自动化作业。
             达到     [先进级] 开展关键装备和工序数智技术应用,实现关键装备异常预警。
            >未答     [先进级] 开展关键装备和工序数智技术应用,实现关键工序数据在线分析。
             未答     [先进级] 开展关键装备和工序数智技术应用,实现关键生产过程精准控制。
             未答     [先进级] 开展关键装备和工序数智技术应用,实现产品关键质量特性数字化检~
             例外     [卓越级] 开展多场景数智技术应用,实现装备运行状态智能分析和故障诊断。
             未答     [卓越级] 开展多场景数智技术应用,实现生产过程智能管控和在线优化。
             未答     [卓越级] 开展多场景数智技术应用,实现过程质量在线检测与控制。
             未答     [领航级] 开展人工智能在工艺、装备等方面创新应用,实现生产过程动态优化~
             未答     [领航级] 开展人工智能在工艺、装备等方面创新应用,实现智能决策控制。
             未答     [领航级] 开展人工智能在工艺、装备等方面创新应用,实现产线动态调整。
            --------------------------------------------------------------------------------
             开展关键装备和工序数智技术应用,实现关键工序数据在线分析。
             条款: 附件 三、(一)3  等级: 先进级  环节: 生产作业
             准备材料: 关键工序数据在线采集与分析的系统界面和分析结果。




            q 退出(已保存)  Tab 下一节  ? 帮助  1/y 达到/全部满足  2 未达到/大部分
            """,
            ignoring: [1])
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        #expect(canvas.style(1, 3) == .good, "met is green")
        #expect(canvas.style(1, 4) == .bad, "not met is red")
        #expect(canvas.style(1, 9) == .warning, "an exception is yellow")
        #expect(canvas.style(1, 7) == .muted, "unanswered is dim")
        #expect((0..<80).allSatisfy { canvas.style($0, 6) == .selected }, "the selected row is reversed across the screen")
        expectWideCharactersWhole(canvas)
    }

    @Test func constructionAreaSection120x40() {
        let harness = ScreenStates.production()
        expectScreen(
            harness.screen(120, 40),
            """
             智能工厂梯度培育自评 · 河北示例智能装备有限公司 · hebei-2025                                         节 6/11 | 已答 3%
            <  基础要求  |  成熟度  |  工厂建设  |  研发设计  |  生产作业  |  生产管理  |  运营管理  |  关键绩效指标  |  建设成效  >
             生产作业  (4/12 已答)
             达到*    [基础级] 开展关键装备和工艺数字化升级,实现关键装备、工序和系统的实时监控。
             未达到   [基础级] 开展关键装备和工艺数字化升级,实现关键生产工序自动化作业。
             达到     [先进级] 开展关键装备和工序数智技术应用,实现关键装备异常预警。
            >未答     [先进级] 开展关键装备和工序数智技术应用,实现关键工序数据在线分析。
             未答     [先进级] 开展关键装备和工序数智技术应用,实现关键生产过程精准控制。
             未答     [先进级] 开展关键装备和工序数智技术应用,实现产品关键质量特性数字化检测。
             例外     [卓越级] 开展多场景数智技术应用,实现装备运行状态智能分析和故障诊断。
             未答     [卓越级] 开展多场景数智技术应用,实现生产过程智能管控和在线优化。
             未答     [卓越级] 开展多场景数智技术应用,实现过程质量在线检测与控制。
             未答     [领航级] 开展人工智能在工艺、装备等方面创新应用,实现生产过程动态优化。
             未答     [领航级] 开展人工智能在工艺、装备等方面创新应用,实现智能决策控制。
             未答     [领航级] 开展人工智能在工艺、装备等方面创新应用,实现产线动态调整。












            ------------------------------------------------------------------------------------------------------------------------
             开展关键装备和工序数智技术应用,实现关键工序数据在线分析。
             条款: 附件 三、(一)3  等级: 先进级  环节: 生产作业
             准备材料: 关键工序数据在线采集与分析的系统界面和分析结果。








            q 退出(已保存)  Tab 下一节  ? 帮助  1/y 达到/全部满足  2 未达到/大部分  Enter 编辑/展开  e 证据说明  n 下一未答  / 搜索
            """,
            ignoring: [1])
        expectWideCharactersWhole(Renderer.render(harness.state, size: Size(width: 120, height: 40)).canvas)
    }

    @Test func evidenceEditorOverlay80x24() {
        let harness = ScreenStates.editor()
        expectScreen(
            harness.screen(),
            """
             智能工厂梯度培育自评 · 河北示例智能装备有限公司 · hebei-2025 节 6/11 | 已答 3%
            <  成熟度  |  工厂建设  |  研发设计  |  生产作业  |  生产管理  |  运营管理  >
             生产作业  (4/12 已答)
             达到*    [基础级] 开展关键装备和工艺数字化升级,实现关键装备、工序和系统的实时~
             未达到   [基础级] 开展关键装备和工艺数字化升级,实现关键生产工序自动化作业。
             达到     [先进级] 开展关键装备和工序数智技术应用,实现关键装备异常预警。
            >未答     [先进级] 开展关键装备和工序数智技术应用,实现关键工序数据在线分析。
             未答     [先进级] 开展关键装备和工序数智技术应用,实现关键生产过程精准控制。
             未答     [先进级] 开展关键装备和工序数智技术应用,实现产品关键质量特性数字化检~
               |------------------------------------------------------------------------|
               | 证据说明: 开展关键装备和工序数智技术应用,实现关键工序数据在线分析。    |
               | 设备台账仍为Excel,点检记录纸质,计划2026年三季度上线设备管理模块。      |
               | second line                                                            |
               | Ctrl-S 保存 · Enter 换行 · Esc 取消                                    |
               |------------------------------------------------------------------------|
            --------------------------------------------------------------------------------
             开展关键装备和工序数智技术应用,实现关键工序数据在线分析。
             条款: 附件 三、(一)3  等级: 先进级  环节: 生产作业
             准备材料: 关键工序数据在线采集与分析的系统界面和分析结果。




            Ctrl-S 保存 · Enter 换行 · Esc 取消
            """,
            ignoring: [1])
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        #expect(canvas.cursor?.x == 16 && canvas.cursor?.y == 12, "the cursor is after the text typed: \(String(describing: canvas.cursor))")
        expectWideCharactersWhole(canvas)
    }

    @Test func kpiForm80x24() {
        let harness = ScreenStates.kpiForm()
        expectScreen(
            harness.screen(),
            """
             智能工厂梯度培育自评 · hebei-2025                            节 9/11 | 已答 0%
            <  生产管理  |  运营管理  |  关键绩效指标  |  建设成效  |  评估结果
             关键绩效指标  (0/20 已答)                                                 1/20
            >未答     1. 关键设备数控化率
              |--------------------------------------------------------------------------|
              | 1. 关键设备数控化率                                                      |
              | 录入方式                      原始数据                                   |
              | 实现数控化的关键设备数量(台)  58                                         |
              | 关键设备总数(台)              80                                         |
              | 统计期                        2025                                       |
              | 列为主要指标                  是                                         |
              | 高于省(区、市)同行业平均水平  对标值                                     |
              |   对标值                      46                                         |
              |   来源                        示例数据                                   |
              | 处于省(区、市)同行业领先水平  (未填)                                     |
              | 处于国内同行业领先水平        (未填)                                     |
              | 全球领先                      (未填)                                     |
              | Enter 确认 · Esc 取消此项                                                |
              |--------------------------------------------------------------------------|
             Enter 编辑数值/原始数据与对标  m 切换主要指标



            Enter 确认 · Esc 取消此项
            """,
            ignoring: [1])
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        #expect(canvas.style(3, 13) == .selected, "the field being typed is highlighted")
        #expect(canvas.cursor?.x == 42 && canvas.cursor?.y == 13, "the cursor is after 示例数据: \(String(describing: canvas.cursor))")
        expectWideCharactersWhole(canvas)
    }

    @Test func resultsTopPart80x24() {
        let harness = ScreenStates.basicResults()
        let screen = harness.screen()
        expectScreen(
            Array(screen.prefix(12)),
            """
             智能工厂梯度培育自评 · 廊坊恒锐齿轮传动有限公司 · hebei-~ 节 11/11 | 已答 100%
            <  生产管理  |  运营管理  |  关键绩效指标  |  建设成效  |  评估结果
            █▀▄ ▄▀▄ ▄▀▀ ▀█▀ ▄▀▀   达到等级
            █▀▄ █▀█  ▀▄  █  █     基础级
            ▀▀  ▀ ▀ ▀▀  ▀▀▀  ▀▀

            各等级判定
            > 基础级   达标
            > 先进级   不达标
            > 卓越级   不达标
            > 领航级   不达标

            """,
            ignoring: [1])
        #expect(screen[23] == "q 退出(已保存)  Tab 下一节  ? 帮助  x 导出  Enter 编辑/展开  n 下一未答  / 搜索")
        let canvas = Renderer.render(harness.state, size: Size(width: 80, height: 24)).canvas
        #expect(canvas.style(0, 2) == .selected, "the first line is selected")
        #expect(canvas.style(2, 7) == .good, "a qualified tier is green")
        #expect(canvas.style(2, 8) == .bad, "a failed tier is red")
        expectWideCharactersWhole(canvas)
    }

    @Test func resultsTopPart120x40() {
        let harness = ScreenStates.basicResults()
        expectScreen(
            Array(harness.screen(120, 40).prefix(12)),
            """
             智能工厂梯度培育自评 · 廊坊恒锐齿轮传动有限公司 · hebei-2025                                      节 11/11 | 已答 100%
            <  成熟度  |  工厂建设  |  研发设计  |  生产作业  |  生产管理  |  运营管理  |  关键绩效指标  |  建设成效  |  评估结果
            █▀▄ ▄▀▄ ▄▀▀ ▀█▀ ▄▀▀   达到等级
            █▀▄ █▀█  ▀▄  █  █     基础级
            ▀▀  ▀ ▀ ▀▀  ▀▀▀  ▀▀

            各等级判定
            > 基础级   达标
            > 先进级   不达标
            > 卓越级   不达标
            > 领航级   不达标

            """,
            ignoring: [1])
    }

    @Test func resultsInEnglish() {
        var harness = ScreenStates.basicResults()
        harness.press(.character("L"))
        let screen = harness.screen()
        #expect(screen[2].hasSuffix("Tier reached"))
        #expect(screen[3].hasSuffix("Basic"))
        #expect(screen[6] == "Verdicts")
    }

    @Test func terminalTooSmall79x24() {
        let harness = ScreenStates.start()
        expectScreen(
            harness.screen(79, 24),
            """











                                             终端窗口太小
                                       至少需要 80×24,当前 79×24











            """)
    }

    @Test func terminalTooSmall40x10() {
        let harness = ScreenStates.production()
        expectScreen(
            harness.screen(40, 10),
            """




                          终端窗口太小
                   至少需要 80×24,当前 40×10




            """)
    }

    @Test func tooSmallInEnglishAndOneLineShort() {
        var harness = ScreenStates.production()
        harness.press(.character("L"))
        let screen = harness.screen(80, 23)
        #expect(screen[10] == "                               Terminal too small")
        #expect(screen[11] == "                        Needs at least 80×24; now 80×23")
        #expect(!harness.screen(80, 24).joinedLines.contains("Terminal too small"))
    }
}
