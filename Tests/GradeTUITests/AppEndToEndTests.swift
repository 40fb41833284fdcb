import FactoryGrading
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// End-to-end tests of `grade assess`: the real binary runs in a private tmux server, in a folder of its
/// own; the tests type, resize, interrupt and kill it, read the pane and the files it leaves behind.
///
/// Every wait is for a specific frame (polled every 20 ms). Esc is always the last key of a batch and the
/// test waits for its effect before typing on: a byte arriving within ESCDELAY after it would be read
/// as part of an escape sequence.
@Suite(.enabled(if: TmuxSession.isInstalled, "tmux is not installed"))
struct AppEndToEndTests {
    static let enterprise = "河北示例制造有限公司"

    /// An assessment with a complete profile (from `Examples/basic.json`) and nothing answered, so that
    /// resuming starts on 基础要求.
    static let profileOnly = """
        {
          "format": "factorygrading.assessment",
          "formatVersion": 1,
          "pack": { "id": "hebei-2025", "version": "1.0.0" },
          "profile": {
            "enterpriseName": "廊坊恒锐齿轮传动有限公司",
            "creditCode": "91131000MA07Q2BN9H",
            "regionCode": "131000",
            "industryCode": "C3483",
            "manufacturingType": "discrete",
            "annualRevenue": 186000000,
            "assessor": "王海燕",
            "assessmentDate": "2026-04-16"
          },
          "answers": {},
          "kpis": {}
        }

        """

    /// The beginnings of the four 基础要求 rows, in order.
    static let baseRows = ["企业为规模以上工业企业", "企业近三年经营和财务状况良好", "工厂使用的关键技术装备", "企业建立了智能工厂统筹规划"]

    /// The list row (selected or not) whose text contains `text`.
    static func row(_ lines: [String], _ text: String) -> String? {
        lines.dropFirst(3).first { ($0.hasPrefix(">") || $0.hasPrefix(" ")) && $0.contains(text) }
    }

    /// Whether the row containing `text` shows `status` (达到, 未达到, 未答…) in its status column.
    static func row(_ lines: [String], _ text: String, shows status: String) -> Bool {
        guard let row = row(lines, text) else { return false }
        return row.dropFirst().hasPrefix(status + " ")
    }

    /// The assessment in `name`, decoded; records an issue when it does not decode.
    static func assessment(_ folder: E2EFolder, _ name: String = "f.json", sourceLocation: SourceLocation = #_sourceLocation) -> Assessment? {
        guard let bytes = folder.bytes(name) else {
            Issue.record("\(name) does not exist (folder: \(folder.names))", sourceLocation: sourceLocation)
            return nil
        }
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: bytes)
        if assessment == nil {
            Issue.record("\(name) does not decode: \(diagnostics)\n\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        }
        return assessment
    }

    /// Waits for the app to have exited with status 0 (the command runs `echo EXIT=$?` after it).
    static func expectExit(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let screen = try await session.expectFrame("the app exiting", sourceLocation: sourceLocation) { $0.containsText("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(!session.isAlternateScreen, "alternate screen not left", sourceLocation: sourceLocation)
    }

    // MARK: 1. A complete assessment

    /// One KPI form: the value, listed as a main indicator, and a provincial-average benchmark with its source.
    struct KPIInput {
        var number: Int
        var name: String
        var value: String
        var benchmark: String
        var source: String
    }

    static let kpiInputs = [
        KPIInput(number: 1, name: "关键设备数控化率", value: "85", benchmark: "60", source: "河北省统计年鉴2024"),
        KPIInput(number: 2, name: "先进过程控制投用率", value: "70", benchmark: "45", source: "行业协会调查2024"),
        KPIInput(number: 3, name: "应用人工智能技术场景比例", value: "40", benchmark: "25", source: "省工信厅通报"),
    ]

    @Test func aCompleteAssessmentByKeystrokesReachesTheBasicTier() async throws {
        let folder = try E2EFolder()
        let session = try TmuxSession(folder.grade("assess f.json", then: "sleep 30"))
        defer { session.close() }
        try await session.expectFrame("the new assessment on its profile") {
            $0.first?.hasPrefix(" 智能工厂梯度培育自评 · hebei-2025") == true && $0.selectedListRow?.contains("企业:") == true
                && $0.containsText("新建评估:f.json")
        }

        // Profile: the enterprise name, in Chinese.
        session.send("Enter")
        try await session.expectFrame("the enterprise name editor") { $0.containsText("| 编辑: 企业") }
        session.typeText(Self.enterprise)
        session.send("Enter")
        try await session.expectFrame("the enterprise name in the header and the row") {
            $0.first?.hasPrefix(" 智能工厂梯度培育自评 · \(Self.enterprise) · hebei-2025") == true
                && Self.row($0, "企业:\(Self.enterprise)") != nil && !$0.containsText("| 编辑: 企业")
        }

        // 基础要求: all four met.
        session.send("Tab")
        try await session.expectFrame("基础要求") { $0.count > 2 && $0[2].hasPrefix(" 基础要求  (0/4") }
        session.send("1", "1", "1", "1")
        try await session.expectFrame("the four base requirements met") { lines in
            lines[2].hasPrefix(" 基础要求  (4/4") && Self.baseRows.allSatisfy { Self.row(lines, $0, shows: "达到") }
        }

        // 成熟度: the official level-2 result, through the form on the first row.
        session.send("Tab")
        try await session.expectFrame("成熟度") { $0.count > 3 && $0[2].hasPrefix(" 成熟度  (") && $0.selectedListRow?.contains("等级:") == true }
        session.send("Enter")
        try await session.expectFrame("the maturity form") { $0.containsText("| 成熟度结果(正式报告或估计)") }
        session.send("2", "Down", "1", "Down", "Down", "Enter")
        session.typeText("CMMM-2024-0815")
        session.send("Enter", "Down", "Enter")
        session.typeText("2024-06-30")
        session.send("Enter")
        try await session.expectFrame("the maturity form filled in") { lines in
            func field(_ label: String, _ value: String) -> Bool { lines.contains { $0.hasPrefix("  | \(label) ") && $0.contains(" \(value) ") } }
            return field("等级", "2 级") && field("来源", "正式评估") && field("报告编号", "CMMM-2024-0815") && field("报告日期", "2024-06-30")
        }
        session.send("Escape")
        try await session.expectFrame("the maturity result committed") { lines in
            !lines.containsText("| 成熟度结果") && Self.row(lines, "等级:2 级") != nil && Self.row(lines, "来源:正式评估") != nil
                && Self.row(lines, "报告编号:CMMM-2024-0815") != nil && Self.row(lines, "报告日期:2024-06-30") != nil
        }

        // 生产作业: the two basic-tier items met.
        session.send("Tab", "Tab", "Tab")
        try await session.expectFrame("生产作业") { $0.count > 2 && $0[2].hasPrefix(" 生产作业  (0/") }
        session.send("1", "1")
        try await session.expectFrame("the basic production items met") { lines in
            lines[2].hasPrefix(" 生产作业  (2/") && lines.dropFirst(3).prefix(2).allSatisfy { $0.dropFirst().hasPrefix("达到     [基础级]") }
                && lines.selectedListRow?.contains("[先进级]") == true
        }

        // 关键绩效指标: three main indicators above the provincial average.
        session.send("Tab", "Tab", "Tab")
        try await session.expectFrame("关键绩效指标") { $0.count > 2 && $0[2].hasPrefix(" 关键绩效指标  (0/") }
        for (index, kpi) in Self.kpiInputs.enumerated() {
            if index > 0 { session.send("Down") }
            session.send("Enter")
            try await session.expectFrame("the form of KPI \(kpi.number)") { $0.containsText("| \(kpi.number). \(kpi.name)") }
            // Fields: input, value, main, provincialAverage (choosing "benchmark" adds its value and source), …
            session.send("Down", "Enter")
            session.typeText(kpi.value)
            session.send("Enter", "Down", "1", "Down", "1", "Down", "Enter")
            session.typeText(kpi.benchmark)
            session.send("Enter", "Down", "Enter")
            session.typeText(kpi.source)
            session.send("Enter")
            try await session.expectFrame("the form of KPI \(kpi.number) filled in") { lines in
                func field(_ label: String, _ value: String) -> Bool { lines.contains { $0.hasPrefix("  | \(label) ") && $0.contains(" \(value) ") } }
                return field("指标值(%)", kpi.value) && field("列为主要指标", "是") && field("高于省(区、市)同行业平均水平", "对标值")
                    && field("  对标值", kpi.benchmark) && field("  来源", kpi.source)
            }
            session.send("Escape")
            try await session.expectFrame("KPI \(kpi.number) committed") { lines in
                !lines.containsText("| \(kpi.number). ") && lines.selectedListRow == ">主要     \(kpi.number). \(kpi.name): \(kpi.value)%"
            }
        }

        // Results: 基础级 reached.
        session.send("r")
        let results = try await session.expectFrame("the results") { $0.containsText("达到等级") && $0.hasLineStarting("> 基础级") }
        if let line = results.firstIndex(where: { $0.hasSuffix("  达到等级") }) {
            #expect(results[line + 1].hasSuffix("  基础级"), "\(results.joined(separator: "\n"))")
        } else {
            Issue.record("no tier-reached line:\n\(results.joined(separator: "\n"))")
        }
        #expect(results.contains { $0.hasPrefix("> 基础级") && $0.hasSuffix(" 达标") }, "\(results.joined(separator: "\n"))")

        session.send("q")
        try await Self.expectExit(session)
        #expect(folder.names == ["f.json"], "a draft or temporary file was left behind")

        let savedDecoded = Self.assessment(folder)
        let saved = try #require(savedDecoded)
        #expect(saved.profile.enterpriseName == Self.enterprise)
        #expect(saved.answers.filter { $0.value.status == .met }.keys.sorted() == [
            "base.good-standing", "base.organisation", "base.scale", "base.security",
            "basic.production.process-automation", "basic.production.realtime-monitoring",
        ])
        #expect(saved.maturity?.level == 2)
        #expect(saved.maturity?.source == .official)
        #expect(saved.maturity?.reportNumber == "CMMM-2024-0815")
        #expect(saved.maturity?.reportDate == "2024-06-30")
        #expect(saved.kpis.count == 3)
        #expect(saved.kpis["kpi.key-equipment-nc-rate"] == KPIEntry(
            value: 85, main: true, comparisons: ["provincialAverage": .benchmark(value: 60, source: "河北省统计年鉴2024")]))

        let classified = try Self.classify(folder)
        #expect(classified.status == 0, "\(classified.output)")
        let json = try JSONSerialization.jsonObject(with: Data(classified.output.utf8)) as? [String: Any]
        #expect(json?["tier"] as? String == "basic", "\(classified.output)")
    }

    /// `grade classify --format json f.json` in `folder`: exit status and standard output.
    static func classify(_ folder: E2EFolder) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.grade)
        process.arguments = ["classify", "--format", "json", "f.json"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        var environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "FACTORYGRADING_LANG"] { environment[key] = nil }
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    // MARK: 2. kill -9

    /// Starts `grade assess f.json` on the profile-only assessment and waits for it to resume on 基础要求.
    static func resumeOnBase(_ folder: E2EFolder) async throws -> TmuxSession {
        let session = try TmuxSession(folder.grade("assess f.json", then: "sleep 30"))
        try await session.expectFrame("the assessment resumed on 基础要求") {
            $0.containsText("节 2/11") && $0.selectedListRow?.hasPrefix(">未答     企业为规模以上工业企业") == true
        }
        return session
    }

    /// Kills the grade process in `session` with SIGKILL and waits for it to be gone.
    static func killGrade(_ session: TmuxSession) async throws {
        let pid = try #require(await session.waitForProcess(named: "grade"), "no grade process under the pane")
        #expect(kill(pid, SIGKILL) == 0)
        #expect(await TmuxSession.waitForDeath(of: pid), "grade \(pid) survived SIGKILL")
        session.close()
    }

    @Test func killedWhileTypingANoteTheAnswersAndTheNoteSurvive() async throws {
        let folder = try E2EFolder()
        try folder.write("f.json", Self.profileOnly)
        let first = try await Self.resumeOnBase(folder)
        defer { first.close() }
        first.send("1", "2", "e")
        try await first.expectFrame("the note editor on the third base requirement") { lines in
            Self.row(lines, Self.baseRows[0], shows: "达到") && Self.row(lines, Self.baseRows[1], shows: "未达到")
                && lines.containsText("| 证据说明: 工厂使用的关键技术装备") && lines.containsText("| Ctrl-S 保存")
        }
        first.typeText("营业执照复印件")
        try await first.expectFrame("the note typed") { $0.contains { $0.hasPrefix("   | 营业执照复印件 ") } }
        try await Self.killGrade(first)

        let killedDecoded = Self.assessment(folder)
        let killed = try #require(killedDecoded)
        #expect(killed.answers == ["base.scale": Answer(.met), "base.good-standing": Answer(.notMet)])
        #expect(folder.exists("f.json.draft"), "no draft: \(folder.names)")

        let second = try TmuxSession(folder.grade("assess f.json", then: "sleep 30"))
        defer { second.close() }
        try await second.expectFrame("the note restored over the answers") { lines in
            lines.containsText("已恢复上次未完成的编辑") && lines.containsText("| 证据说明: 工厂使用的关键技术装备")
                && lines.contains { $0.hasPrefix("   | 营业执照复印件 ") } && lines.containsText("节 2/11")
                && Self.row(lines, Self.baseRows[0], shows: "达到") && Self.row(lines, Self.baseRows[1], shows: "未达到")
                && lines.selectedListRow?.hasPrefix(">未答     工厂使用的关键技术装备") == true
        }
        // The cursor is restored too: typing goes on at the end of the text.
        second.typeText("及等保测评报告")
        second.send("C-s")
        try await second.expectFrame("the note saved") { lines in
            !lines.containsText("| Ctrl-S 保存") && lines.selectedListRow?.hasPrefix(">未答*    工厂使用的关键技术装备") == true
        }
        let savedDecoded = Self.assessment(folder)
        let saved = try #require(savedDecoded)
        #expect(saved.answers["base.security"] == Answer(nil, evidence: "营业执照复印件及等保测评报告"))
        #expect(saved.answers["base.scale"] == Answer(.met))
        #expect(saved.answers["base.good-standing"] == Answer(.notMet))
        #expect(!folder.exists("f.json.draft"), "the draft outlived its commit")
        second.send("q")
        try await Self.expectExit(second)
    }

    @Test func killedBetweenAnswersItResumesAtTheFirstUnansweredItem() async throws {
        let folder = try E2EFolder()
        try folder.write("f.json", Self.profileOnly)
        let first = try await Self.resumeOnBase(folder)
        defer { first.close() }
        first.send("1", "1", "2")
        try await first.expectFrame("three base requirements answered") { lines in
            Self.row(lines, Self.baseRows[2], shows: "未达到") && lines.selectedListRow?.contains(Self.baseRows[3]) == true
        }
        // Somewhere else when killed: resuming goes by the answers, not by where the cursor was.
        first.send("Tab", "Tab", "Tab", "Down", "Down")
        try await first.expectFrame("研发设计") { $0.containsText("节 5/11") && $0.selectedListRow?.contains("[先进级]") == true }
        try await Self.killGrade(first)

        #expect(folder.names == ["f.json"])
        let killedDecoded = Self.assessment(folder)
        let killed = try #require(killedDecoded)
        #expect(killed.answers == ["base.scale": Answer(.met), "base.good-standing": Answer(.met), "base.security": Answer(.notMet)])

        let second = try TmuxSession(folder.grade("assess f.json", then: "sleep 30"))
        defer { second.close() }
        let resumed = try await second.expectFrame("the assessment resumed") { $0.containsText("节 2/11") && $0.selectedListRow != nil }
        #expect(resumed.selectedListRow?.hasPrefix(">未答     \(Self.baseRows[3])") == true, "\(resumed.joined(separator: "\n"))")
        #expect(Self.row(resumed, Self.baseRows[0], shows: "达到"))
        #expect(Self.row(resumed, Self.baseRows[1], shows: "达到"))
        #expect(Self.row(resumed, Self.baseRows[2], shows: "未达到"))
        #expect(!resumed.containsText("已恢复"), "a draft was restored although none was being typed")
        second.send("q")
        try await Self.expectExit(second)
    }

    // MARK: 3. Resizing

    @Test func resizingRelaysOutShowsTooSmallAndKeepsTheAnswers() async throws {
        let folder = try E2EFolder()
        let session = try TmuxSession(folder.grade("assess f.json", then: "sleep 30"))
        defer { session.close() }
        try await session.expectFrame("the new assessment") { $0.containsText("新建评估:f.json") }
        session.send("Tab", "1", "2")
        try await session.expectFrame("two answers at 100×30") { lines in
            lines.count == 30 && Self.row(lines, Self.baseRows[0], shows: "达到") && Self.row(lines, Self.baseRows[1], shows: "未达到")
        }
        let answered = folder.bytes("f.json")

        /// The document screen at `width`×`height`: header, tab strip, the answers, the divider and the help bar.
        func fullScreen(_ lines: [String], width: Int, height: Int) -> Bool {
            lines.count == height && lines[0].hasPrefix(" 智能工厂梯度培育自评 · hebei-2025") && lines[0].contains("节 2/11 | 已答 ")
                && lines[1].hasPrefix(" 企业概况  |  基础要求  |") && lines[2].hasPrefix(" 基础要求  (2/4")
                && Self.row(lines, Self.baseRows[0], shows: "达到") && Self.row(lines, Self.baseRows[1], shows: "未达到")
                && lines.contains(String(repeating: "-", count: width)) && lines[height - 1].hasPrefix("q 退出(已保存)  Tab 下一节")
        }
        session.resize(width: 80, height: 24)
        try await session.expectFrame("the screen laid out for 80×24") { fullScreen($0, width: 80, height: 24) }
        session.resize(width: 70, height: 20)
        let tooSmall = try await session.expectFrame("the too-small screen") { $0.count == 20 && $0.containsText("终端窗口太小") }
        #expect(tooSmall.containsText("至少需要 80×24,当前 70×20"), "\(tooSmall.joined(separator: "\n"))")
        #expect(!tooSmall.containsText("智能工厂梯度培育自评"), "the document is drawn behind the too-small message")
        session.resize(width: 120, height: 40)
        try await session.expectFrame("the screen laid out for 120×40") { fullScreen($0, width: 120, height: 40) }
        #expect(folder.bytes("f.json") == answered, "resizing changed the file")

        // Still working after the round trip.
        session.send("1")
        try await session.expectFrame("a third answer at 120×40") { Self.row($0, Self.baseRows[2], shows: "达到") }
        session.send("q")
        try await Self.expectExit(session)
        #expect(Self.assessment(folder)?.answers.count == 3)
    }

    // MARK: 4. Ctrl-C

    @Test func ctrlCSavesAndLeavesTheTerminalSane() async throws {
        let folder = try E2EFolder()
        let session = try TmuxSession(folder.grade("assess f.json", then: "stty -a; sleep 30"))
        defer { session.close() }
        try await session.expectFrame("the new assessment") { $0.containsText("新建评估:f.json") }
        session.send("Tab", "1")
        try await session.expectFrame("one answer") { Self.row($0, Self.baseRows[0], shows: "达到") }
        session.send("C-c")
        let screen = try await session.expectFrame("the stty output", joined: true) { lines in
            lines.joined(separator: " ").split(separator: " ").contains { $0.hasSuffix("flusho") }
        }
        let settings = screen.joined(separator: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(settings.contains("EXIT=0"), "\(screen.joined(separator: "\n"))")
        for setting in ["icanon", "echo", "isig", "icrnl", "onlcr"] {
            #expect(settings.contains(setting), "\(setting) missing:\n\(screen.joined(separator: "\n"))")
            #expect(!settings.contains("-" + setting), "-\(setting) left on:\n\(screen.joined(separator: "\n"))")
        }
        #expect(!session.isAlternateScreen, "alternate screen not left")
        #expect(Self.assessment(folder)?.answers == ["base.scale": Answer(.met)])
        #expect(folder.names == ["f.json"])
    }

    // MARK: 5. No locale

    @Test func withoutALocaleTheScreenIsStillChinese() async throws {
        let folder = try E2EFolder()
        let session = try TmuxSession(folder.grade("assess f.json", environment: "-u LANG", then: "sleep 30"))
        defer { session.close() }
        try await session.expectFrame("the Chinese header") {
            $0.first?.hasPrefix(" 智能工厂梯度培育自评 · hebei-2025") == true && $0.containsText("节 1/11 | 已答 0%")
                && $0.selectedListRow == ">未填     企业:" && $0.last?.hasPrefix("q 退出(已保存)  Tab 下一节") == true
        }
        // Chinese typed without a locale arrives whole, and is saved as UTF-8.
        session.send("Enter")
        try await session.expectFrame("the enterprise name editor") { $0.containsText("| 编辑: 企业") }
        session.typeText("沧州中文企业")
        session.send("Enter")
        try await session.expectFrame("the name in the header") { $0.first?.hasPrefix(" 智能工厂梯度培育自评 · 沧州中文企业 · hebei-2025") == true }
        session.send("q")
        try await Self.expectExit(session)
        #expect(Self.assessment(folder)?.profile.enterpriseName == "沧州中文企业")
    }

    // MARK: 6. A newer format

    @Test func aNewerFormatIsRefusedAndLeftByteIdentical() async throws {
        let folder = try E2EFolder()
        let newer = """
            {
              "format": "factorygrading.assessment",
              "formatVersion": 2,
              "pack": { "id": "hebei-2025", "version": "1.0.0" },
              "profile": { "enterpriseName": "未来格式企业" },
              "answers": { "base.scale": "met" },
              "kpis": {},
              "somethingNew": { "kept": true }
            }

            """
        try folder.write("f.json", newer)
        let original = folder.bytes("f.json")
        let session = try TmuxSession(folder.grade("assess f.json", then: "sleep 30"))
        defer { session.close() }
        let expected = "无法打开 f.json: $.formatVersion: 格式版本 2 不受支持(本工具支持版本 1);可能由更新版本的工具写入"

        let refused = try await session.expectFrame("the start screen with the refusal") { lines in
            lines.count > 3 && lines[0] == " 智能工厂梯度培育自评" && lines[2] == "  智能工厂梯度培育自评" && lines.hasLineStarting("无法打开 f.json")
        }
        // The problem itself, not `InputError(message: …)`: AppState.open(path:bytes:) interpolated the error value.
        #expect(refused.first { $0.hasPrefix("无法打开 f.json") } == expected, "\(refused.joined(separator: "\n"))")
        #expect(refused.contains { $0.hasPrefix("    f.json ") && $0.contains("! 无法打开") }, "\(refused.joined(separator: "\n"))")

        // Choosing it from the resume list is refused the same way.
        // (A key clears the message: wait for that, so the message seen next is the new one.)
        session.send("Down")
        try await session.expectFrame("the message cleared") { !$0.hasLineStarting("无法打开 f.json") && $0.containsText("    f.json ") }
        session.send("Enter")
        let chosen = try await session.expectFrame("the refusal after choosing the file") { $0.hasLineStarting("无法打开 f.json") }
        #expect(chosen.first { $0.hasPrefix("无法打开 f.json") } == expected, "\(chosen.joined(separator: "\n"))")

        session.send("q")
        try await Self.expectExit(session)
        #expect(folder.bytes("f.json") == original, "the newer file was changed")
        #expect(folder.names == ["f.json"], "files were written beside it")
    }
}
