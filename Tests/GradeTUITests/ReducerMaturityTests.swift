import FactoryGrading
import Testing

@testable import GradeTUICore

/// The 成熟度 section: the quick self-diagnosis questionnaire (digits 1–4, tailoring with `t`) and the
/// form for the stated result.
@Suite struct ReducerMaturityTests {
    func maturity() -> Harness {
        var harness = Harness.new()
        harness.go(to: .maturity)
        return harness
    }

    var modelReference: PackReference { TUIFixtures.model.reference }

    // MARK: Questionnaire

    @Test func theSectionListsTheFiveFieldsThenTheQuestionsByLevel() {
        let harness = maturity()
        let rows = harness.section.rows
        #expect(rows.count == 105)
        #expect(Array(rows.prefix(7)) == [
            .maturity(.level), .maturity(.source), .maturity(.score), .maturity(.reportNumber), .maturity(.reportDate),
            .question("q.customer-service.1"), .question("q.data.1"),
        ])
        #expect(rows[25] == .question("q.customer-service.2"))
        #expect(rows[104] == .question("q.warehousing-distribution.5"))
    }

    @Test func digitsOneToFourAnswerOnTheSatisfactionScaleAndMoveDown() {
        var harness = maturity()
        harness.select(.question("q.data.1"))
        var saved: [[Effect]] = []
        for key in "1234" {
            let effects = harness.press(.character(key))
            expectSavedState(effects, harness)
            saved.append(effects)
        }
        let answers = harness.assessment.maturity?.selfDiagnosis?.answers
        #expect(answers == ["q.data.1": "full", "q.energy-management.1": "most", "q.equipment-management.1": "partial", "q.equipment.1": "none"])
        #expect(harness.assessment.maturity?.selfDiagnosis?.model == modelReference)
        #expect(harness.assessment.maturity?.level == nil)
        #expect(harness.assessment.maturity?.source == nil)
        #expect(harness.state.selectedRow == .question("q.information-security.1"))
        let statuses = ["q.data.1", "q.energy-management.1", "q.equipment-management.1", "q.equipment.1"].map {
            RowText.status(.question($0), harness.document, .zh).0
        }
        #expect(statuses == ["全部", "大部分", "部分", "不满足"], "short forms of 全部满足, 大部分满足, 部分满足, 不满足")
        let english = ["q.data.1", "q.energy-management.1", "q.equipment-management.1", "q.equipment.1"].map {
            RowText.status(.question($0), harness.document, .en).0
        }
        #expect(english == ["full", "most", "partial", "none"])
        #expect(RowText.status(.question("q.information-security.1"), harness.document, .en).0 == "-")
    }

    @Test func zeroClearsAQuestionAndTheLastAnswerRemovesTheMaturityObject() {
        var harness = maturity()
        harness.select(.question("q.data.1"))
        harness.press(.character("1"), .up)
        let effects = harness.press(.character("0"))
        #expect(harness.assessment.maturity == nil)
        expectSavedState(effects, harness)
    }

    @Test func enterCyclesAQuestionThroughTheScale() {
        var harness = maturity()
        harness.select(.question("q.network.2"))
        var seen: [String?] = []
        for _ in 0..<5 {
            expectSavedState(harness.press(.enter), harness)
            seen.append(harness.assessment.maturity?.selfDiagnosis?.answers["q.network.2"])
        }
        #expect(seen == ["full", "most", "partial", "none", "full"])
        #expect(harness.state.selectedRow == .question("q.network.2"), "Enter does not move down")
    }

    @Test func tailoringASubdomainNeedsAJustification() {
        var harness = maturity()
        harness.select(.question("q.logistics.2"))
        #expect(harness.press(.character("t")).isEmpty)
        #expect(harness.editor?.target == .tailoring("logistics"))
        #expect(harness.press(.control("s")).isEmpty)
        #expect(harness.editor?.error == "说明例外须填写书面理由")
        harness.type("运输全部外包给第三方承运商")
        let effects = harness.press(.control("s"))
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.maturity?.selfDiagnosis?.tailoring == ["logistics": "运输全部外包给第三方承运商"])
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["t.json.draft"])
        // Every question of the sub-domain counts as answered, at every level.
        for level in 1...5 {
            #expect(harness.document.isAnswered(.question("q.logistics.\(level)")))
            #expect(RowText.status(.question("q.logistics.\(level)"), harness.document, .zh).0 == "裁剪")
        }
        #expect(!harness.document.isAnswered(.question("q.data.1")))
    }

    @Test func tAgainOnATailoredSubdomainTakesItBackIn() {
        var harness = maturity()
        harness.select(.question("q.logistics.1"))
        harness.press(.character("t"))
        harness.type("外包")
        harness.press(.control("s"))
        harness.select(.question("q.logistics.4"))
        let effects = harness.press(.character("t"))
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.maturity?.selfDiagnosis?.tailoring == [:])
        expectSavedState(effects, harness)
    }

    /// Questions are required up to the self-diagnosis' working level (level 1 before any answer), and none
    /// once the result is official.
    @Test func questionsAreRequiredUpToTheWorkingLevel() {
        var harness = maturity()
        #expect(harness.document.isRequired(.question("q.data.1")))
        #expect(!harness.document.isRequired(.question("q.data.2")))
        #expect(harness.document.progress(section: harness.state.sectionIndex).total == 22, "level, source and the 20 level-1 questions")
        harness.select(.question("q.customer-service.1"))
        harness.press(Array(repeating: .character("1"), count: 20))
        #expect(harness.state.selectedRow == .question("q.customer-service.2"))
        #expect(harness.document.result.selfDiagnosis?.workingLevel == 2)
        #expect(harness.document.isRequired(.question("q.data.2")))
        #expect(!harness.document.isRequired(.question("q.data.3")))
        #expect(harness.document.progress(section: harness.state.sectionIndex).total == 42)
        harness.state.document!.assessment.maturity!.level = 2
        harness.state.document!.assessment.maturity!.source = .official
        #expect(!harness.document.isRequired(.question("q.data.1")))
        #expect(harness.document.isRequired(.maturity(.reportNumber)))
        #expect(harness.document.progress(section: harness.state.sectionIndex).total == 4, "level, source, report number and date")
    }

    @Test func tOnARowThatIsNoQuestionDoesNothing() {
        var harness = maturity()
        #expect(harness.press(.character("t")).isEmpty)
        #expect(harness.state.overlay == nil)
    }

    // MARK: The stated result

    @Test func enterOnAResultRowOpensTheForm() {
        var harness = maturity()
        harness.press(.down, .enter)
        let form = try! #require(harness.form)
        #expect(form.subject == .maturity)
        #expect(form.fields.map(\.id) == ["level", "source", "score", "reportNumber", "reportDate"])
        #expect(form.fields.allSatisfy { $0.value.isEmpty })
    }

    @Test func anOfficialResultNeedsItsReportNumberAndDate() {
        var harness = maturity()
        harness.press(.enter)
        #expect(!Effects.drafts(harness.press(.character("2"))).isEmpty, "each form key rewrites the draft")
        harness.press(.down, .character("1"))
        #expect(harness.form?.value("level") == "2")
        #expect(harness.form?.value("source") == "official")
        let first = harness.press(.escape)
        #expect(first.isEmpty, "an invalid form is neither saved nor closed")
        #expect(harness.form?.error == "正式评估须填写报告编号和报告日期")
        #expect(harness.form?.confirmDiscard == true)
        #expect(harness.assessment.maturity == nil)
        #expect(harness.screen().contains { $0.contains("正式评估须填写报告编号和报告日期(再按 Esc 放弃修改)") })
        let second = harness.press(.escape)
        #expect(second == [.remove(path: "t.json.draft")])
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.maturity == nil)
    }

    @Test func anyOtherKeyAfterTheErrorCancelsTheDiscard() {
        var harness = maturity()
        harness.press(.enter, .character("2"), .down, .character("1"), .escape, .down)
        #expect(harness.form?.confirmDiscard == false)
        #expect(harness.form?.error == nil)
        harness.press(.escape)
        #expect(harness.form != nil, "the first Esc after a change only shows the error again")
    }

    @Test func aCompleteOfficialResultIsSaved() {
        var harness = maturity()
        harness.press(.enter, .character("3"), .down, .character("1"), .down, .enter)
        harness.type("3.08")
        harness.press(.enter, .down, .enter)
        harness.type("CMMM-2025-0108")
        harness.press(.enter, .down, .enter)
        harness.type("2025-11-03")
        harness.press(.enter)
        let effects = harness.press(.escape)
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.maturity == MaturityResult(level: 3, score: 3.08, source: .official, reportNumber: "CMMM-2025-0108", reportDate: "2025-11-03"))
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["t.json.draft"])
        #expect(RowText.label(.maturity(.level), harness.document, .zh) == "等级:3 级")
        #expect(RowText.label(.maturity(.source), harness.document, .zh) == "来源:正式评估")
        // Reopening shows the values.
        harness.press(.enter)
        #expect(harness.form?.fields.map(\.value) == ["3", "official", "3.08", "CMMM-2025-0108", "2025-11-03"])
    }

    @Test func anEstimateNeedsNoReport() {
        var harness = maturity()
        harness.press(.enter, .character("2"), .down, .character("2"))
        let effects = harness.press(.control("s"))
        #expect(harness.assessment.maturity == MaturityResult(level: 2, source: .estimate))
        expectSavedState(effects, harness)
        #expect(!harness.document.isRequired(.maturity(.reportNumber)))
    }

    @Test func theFormKeepsTheSelfDiagnosis() {
        var harness = maturity()
        harness.select(.question("q.data.1"))
        harness.press(.character("1"))
        harness.select(.maturity(.level))
        harness.press(.enter, .character("2"), .down, .character("2"), .escape)
        #expect(harness.assessment.maturity?.level == 2)
        #expect(harness.assessment.maturity?.selfDiagnosis?.answers == ["q.data.1": "full"])
    }

    @Test func aLevelWithoutSourceOrASourceWithoutLevelIsRefused() {
        var harness = maturity()
        harness.press(.enter, .character("2"), .escape)
        #expect(harness.form?.error == "请选择来源:正式评估或估计")
        harness.press(.character("0"), .down, .character("2"), .escape)
        #expect(harness.form?.error == "请选择等级(1–5)")
    }

    @Test func aBadReportDateIsRefused() {
        var harness = maturity()
        harness.press(.enter, .character("2"), .down, .character("1"), .down, .down, .enter)
        harness.type("R-1")
        harness.press(.enter, .down, .enter)
        harness.type("2025-13-01")
        harness.press(.enter)
        #expect(harness.press(.escape).isEmpty)
        #expect(harness.form?.error == "日期 \"2025-13-01\" 无效,应为 YYYY-MM-DD 格式、1900 年或以后的真实日期")
    }

    @Test(arguments: [("2,5", "得分: 请用小数点(.),不要用逗号"), ("6", "得分: 超出有效范围 [0, 5]"), ("abc", "得分: 请输入数字")])
    func aBadScoreIsRefused(text: String, message: String) {
        var harness = maturity()
        harness.press(.enter, .character("2"), .down, .character("2"), .down, .enter)
        harness.type(text)
        harness.press(.enter, .escape)
        #expect(harness.form?.error == message)
        #expect(harness.assessment.maturity == nil)
    }

    @Test func escapeWhileTypingCancelsOnlyTheField() {
        var harness = maturity()
        harness.press(.enter, .down, .down, .enter)
        #expect(harness.form?.editing != nil)
        harness.type("2.5")
        harness.press(.escape)
        #expect(harness.form?.editing == nil)
        #expect(harness.form?.value("score") == "")
        #expect(harness.form != nil)
    }

    @Test func anEmptyFormClosesWithoutSaving() {
        var harness = maturity()
        harness.press(.enter)
        #expect(harness.press(.escape) == [.remove(path: "t.json.draft")])
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.maturity == nil)
    }

    @Test func clearingTheFormRemovesTheStatedResult() {
        var harness = maturity()
        harness.press(.enter, .character("2"), .down, .character("2"), .escape)
        harness.press(.enter, .character("0"), .down, .character("0"))
        let effects = harness.press(.escape)
        #expect(harness.assessment.maturity == nil)
        expectSavedState(effects, harness)
    }
}
