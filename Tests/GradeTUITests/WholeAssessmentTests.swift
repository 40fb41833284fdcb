import FactoryGrading
import Testing

@testable import GradeTUICore

/// A whole assessment typed through the run loop on a scripted terminal: new file, profile, the items Basic
/// needs, a maturity result, three main indicators with benchmarks, the results, export, quit.
@Suite struct WholeAssessmentTests {
    /// Keys that type `text` into the field under the cursor (Enter, text, Enter).
    static func field(_ text: String) -> [Key] { [.enter] + TUIFixtures.type(text) + [.enter] }

    static let profile: [Key] =
        field("沧州示例精密机械有限公司") + [.down] + field("91130500MA0DKRW3XQ") + [.down] + field("130900") + [.down] + field("C3484")
        + [.down, .character("1"), .down] + field("68500000") + [.down] + field("张工(智能制造办)") + [.down] + field("2026-05-20")

    /// The maturity form: official level 2 with its report.
    static let maturity: [Key] =
        [.enter, .character("2"), .down, .character("1"), .down, .down] + field("CMMM-2026-0001") + [.down] + field("2026-03-01") + [.escape]

    /// One KPI form: a value (or raw inputs), main indicator, a provincial-average benchmark with its source.
    static func kpi(value: String, benchmark: String) -> [Key] {
        [.enter, .down] + field(value) + [.down, .character("1"), .down, .character("1"), .down] + field(benchmark) + [.down]
            + field("示例数据(非官方统计)") + [.escape]
    }

    /// 生产效率提升 from raw inputs: 12.5 → 14.6 pieces/h, 2023 → 2025.
    static let rawKPI: [Key] =
        [.enter, .enter, .down] + field("12.5") + [.down] + field("14.6") + [.down] + field("2023") + [.down] + field("2025")
        + [.down, .character("1"), .down, .character("1"), .down] + field("10") + [.down] + field("示例数据(非官方统计)") + [.escape]

    static let script: [Key] =
        [.enter, .enter]  // new file, default name
        + profile
        + [.tab] + TUIFixtures.type("1111")  // 基础要求
        + [.tab] + maturity
        + [.tab] + TUIFixtures.type("12")  // 工厂建设
        + [.tab, .character("1"), .character("1"), .up, .character("e")] + TUIFixtures.type("CAD 三维模型") + [.control("s")]  // 研发设计
        + [.tab] + TUIFixtures.type("11")  // 生产作业: the two Basic items
        + [.tab, .tab, .tab]  // 生产管理, 运营管理 → 关键绩效指标
        + kpi(value: "72.5", benchmark: "46")  // 1. 关键设备数控化率
        + Array(repeating: .down, count: 6) + rawKPI  // 7. 生产效率提升
        + [.down, .down] + kpi(value: "23.5", benchmark: "15")  // 9. 产品不良率下降
        + [.character("r")]

    func run(_ keys: [Key]) -> (ScriptedTerminal, MemoryEnvironment, AppController) {
        let environment = MemoryEnvironment()
        let terminal = ScriptedTerminal(keys: keys)
        let controller = AppController(state: TUIFixtures.state(), environment: environment)
        RunLoop.run(controller, on: terminal)
        return (terminal, environment, controller)
    }

    @Test func aWholeAssessmentReachesBasic() throws {
        let (terminal, environment, controller) = run(Self.script + [.character("q")])
        #expect(terminal.shutdownCount == 1)
        #expect(terminal.isClosed == false, "q ended the loop before the script ran out")

        // The results screen shows the tier.
        let screen = terminal.lastScreen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(screen[2].hasSuffix("达到等级"))
        #expect(screen[3].hasSuffix("  基础级"))
        #expect(screen[7] == "> 基础级   达标")
        #expect(screen[8] == "> 先进级   待定(信息不全)")
        #expect(screen[0].hasPrefix(" 智能工厂梯度培育自评 · 沧州示例精密机械有限公司 · "))

        // The file in the folder is the assessment the screen shows, and the library grades it Basic.
        #expect(environment.files.keys.sorted() == ["assessment.json"], "no draft is left behind")
        let bytes = try #require(environment.files["assessment.json"])
        let assessment = try #require(Effects.decode(bytes))
        #expect(assessment == controller.state.document?.assessment)
        #expect(grade(assessment, pack: TUIFixtures.pack).tierReached == "basic")
        #expect(Grader(pack: TUIFixtures.pack, maturityModels: [TUIFixtures.model]).grade(assessment).tierReached == "basic")

        // What was typed is what was saved.
        #expect(assessment.profile == Profile(
            enterpriseName: "沧州示例精密机械有限公司", creditCode: "91130500MA0DKRW3XQ", regionCode: "130900", industryCode: "C3484",
            manufacturingType: .discrete, annualRevenue: 68_500_000, assessor: "张工(智能制造办)", assessmentDate: "2026-05-20"))
        #expect(assessment.maturity == MaturityResult(level: 2, source: .official, reportNumber: "CMMM-2026-0001", reportDate: "2026-03-01"))
        #expect(["base.scale", "base.good-standing", "base.security", "base.organisation"].allSatisfy { assessment.status(of: $0) == .met })
        #expect(assessment.status(of: "basic.production.realtime-monitoring") == .met)
        #expect(assessment.status(of: "basic.production.process-automation") == .met)
        #expect(assessment.status(of: "basic.factory.secure-deployment") == .notMet)
        #expect(assessment.answers["basic.design.process-digital-design"] == Answer(.met, evidence: "CAD 三维模型"))
        #expect(assessment.kpis["kpi.key-equipment-nc-rate"] == KPIEntry(
            value: 72.5, main: true, comparisons: ["provincialAverage": .benchmark(value: 46, source: "示例数据(非官方统计)")]))
        #expect(assessment.kpis["kpi.production-efficiency-gain"]?.raw == KPIRawInputs(
            values: ["before": 12.5, "after": 14.6], periods: ["baselinePeriod": "2023", "measurementPeriod": "2025"]))
        #expect(assessment.kpis["kpi.defect-rate-reduction"]?.value == 23.5)
        #expect(assessment.kpis.values.filter { $0.main == true }.count == 3)
    }

    /// Key by key through the reducer: a change to the assessment comes with exactly one save whose bytes
    /// decode to it, and no save without a change; a change inside an editor or form rewrites the draft; leaving
    /// one removes it.
    @Test func everyChangeIsSavedAndEveryEditIsDrafted() {
        var harness = Harness()
        var saves = 0
        var drafts = 0
        for (index, key) in Self.script.enumerated() {
            let before = harness.state
            let effects = harness.press(key)
            let after = harness.state
            let saved = Effects.saves(effects)
            if let document = after.document, let old = before.document, document.assessment != old.assessment {
                #expect(saved.count == 1, "key \(index) \(key): \(effects)")
                #expect(saved.last.flatMap { Effects.decode($0.bytes) } == document.assessment, "key \(index) \(key)")
                saves += 1
            } else if before.document != nil {
                #expect(saved.isEmpty, "key \(index) \(key): a save without a change")
            }
            let editing = { (overlay: AppState.Overlay?) -> Bool in
                switch overlay {
                case .editor(let editor)?: editor.target != .newFile
                case .form?: true
                default: false
                }
            }
            if editing(before.overlay), editing(after.overlay), before.overlay != after.overlay {
                let written = Effects.drafts(effects)
                #expect(written.count == 1, "key \(index) \(key): no draft")
                #expect(written.first?.path == "assessment.json.draft")
                drafts += 1
            }
            if editing(before.overlay), after.overlay == nil {
                #expect(Effects.removals(effects) == ["assessment.json.draft"], "key \(index) \(key)")
            }
        }
        #expect(saves == 23)
        #expect(drafts > 100)
        #expect(harness.document.result.tierReached == "basic")
    }

    @Test func everyFrameKeepsWideCharactersWhole() {
        let (terminal, _, _) = run(Self.script + [.character("q")])
        #expect(terminal.frames.count == Self.script.count + 1, "one frame at the start and one per key")
        for frame in terminal.frames { expectWideCharactersWhole(frame) }
    }

    @Test func ctrlCQuitsAndTheAnswersAreOnDisk() throws {
        let (terminal, environment, _) = run(Array(Self.script.prefix(60)) + [.control("c")] + TUIFixtures.type("1111"))
        #expect(terminal.shutdownCount == 1)
        #expect(terminal.isClosed == false, "Ctrl-C ended the loop: the keys after it were never read")
        let assessment = try #require(Effects.decode(environment.files["assessment.json"]!))
        #expect(assessment.profile.enterpriseName == "沧州示例精密机械有限公司")
    }

    @Test func theScriptRunningOutEndsTheLoopToo() {
        let (terminal, environment, _) = run([.enter, .enter] + Self.field("甲"))
        #expect(terminal.isClosed)
        #expect(terminal.shutdownCount == 1)
        #expect(Effects.decode(environment.files["assessment.json"]!)?.profile.enterpriseName == "甲")
    }

    @Test func resumingTheSavedFileStartsAtTheFirstUnansweredRow() {
        let (_, environment, _) = run(Self.script + [.character("q")])
        let saved = environment.files
        let writes = environment.writes.count
        let terminal = ScriptedTerminal(keys: [.character("q")])
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "assessment.json")
        RunLoop.run(controller, on: terminal)
        #expect(controller.state.section?.kind == .area("factory"))
        #expect(controller.state.selectedRow == .item("advanced.factory.digital-planning"))
        #expect(terminal.frames.first?.lines[2].hasPrefix(" 工厂建设  (2/17 已答)   ") == true)
        #expect(terminal.frames.first?.lines[2].hasSuffix(" 3/17") == true)
        #expect(environment.writes.count == writes, "resuming and quitting write nothing")
        #expect(environment.files == saved)
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let terminal = ScriptedTerminal(keys: [.resize(Size(width: 120, height: 40)), .resize(Size(width: 70, height: 20)), .character("q")])
        RunLoop.run(AppController(state: TUIFixtures.state(), environment: MemoryEnvironment()), on: terminal)
        #expect(terminal.frames.map(\.size) == [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 70, height: 20)])
        #expect(terminal.frames.last?.lines.joinedLines.contains("终端窗口太小") == true)
    }

    @Test func aWriteFailureIsShownAndTheAppGoesOn() {
        let environment = MemoryEnvironment()
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "a.json")
        environment.failWrites = true
        for key in [Key.enter, .character("甲"), .enter] { _ = controller.handle(key) }
        #expect(controller.state.message == AppState.StatusMessage(text: "保存失败: a.json: disk full", isError: true))
        let screen = controller.render(Size(width: 80, height: 24)).lines
        #expect(screen[22] == "保存失败: a.json: disk full")
    }
}
