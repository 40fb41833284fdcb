import FactoryGrading
import Testing

@testable import GradeTUICore

/// Profile fields: one-line editors checked on Enter, the manufacturing type cycled or picked.
@Suite struct ReducerProfileTests {
    /// Opens the editor of `field` on a new assessment, types `text` and presses Enter.
    func enter(_ field: ProfileField, _ text: String, into harness: inout Harness) -> [Effect] {
        harness.select(.profile(field))
        harness.press(.enter)
        #expect(harness.editor?.target == .profile(field))
        harness.type(text)
        return harness.press(.enter)
    }

    @Test func aNewAssessmentStartsOnTheProfile() {
        let harness = Harness.new()
        #expect(harness.section.kind == .profile)
        #expect(harness.state.selectedRow == .profile(.enterpriseName))
    }

    @Test func theEnterpriseNameIsSavedOnEnter() {
        var harness = Harness.new()
        let effects = enter(.enterpriseName, "廊坊恒锐齿轮传动有限公司", into: &harness)
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.profile.enterpriseName == "廊坊恒锐齿轮传动有限公司")
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["t.json.draft"])
        #expect(harness.screen()[0].contains("智能工厂梯度培育自评 · 廊坊恒锐齿轮传动有限公司 · hebei-2025"))
    }

    @Test func surroundingSpacesAreTrimmed() {
        var harness = Harness.new()
        _ = enter(.assessor, "  王工  ", into: &harness)
        #expect(harness.assessment.profile.assessor == "王工")
    }

    @Test func aValidCreditCodeIsSaved() {
        var harness = Harness.new()
        let effects = enter(.creditCode, "91130500MA0DKRW3XQ", into: &harness)
        #expect(harness.assessment.profile.creditCode == "91130500MA0DKRW3XQ")
        expectSavedState(effects, harness)
    }

    @Test func aCreditCodeWithAWrongCheckCharacterIsRefused() {
        var harness = Harness.new()
        let effects = enter(.creditCode, "91130500MA0DKRW3XA", into: &harness)
        #expect(effects.isEmpty)
        #expect(harness.editor?.error == "校验位为 'A',按 GB 32100 计算应为 'Q'")
        #expect(harness.assessment.profile.creditCode == nil)
        // Fixing the text clears the message; Enter then saves.
        harness.press(.backspace)
        #expect(harness.editor?.error == nil)
        harness.type("Q")
        expectSavedState(harness.press(.enter), harness)
        #expect(harness.assessment.profile.creditCode == "91130500MA0DKRW3XQ")
    }

    @Test func aShortCreditCodeSaysHowLongItMustBe() {
        var harness = Harness.new()
        _ = enter(.creditCode, "9113", into: &harness)
        #expect(harness.editor?.error == "应为 18 位,实际为 4 位")
    }

    @Test func aBadRegionCodeIsRefused() {
        var harness = Harness.new()
        #expect(enter(.regionCode, "991234", into: &harness).isEmpty)
        #expect(harness.editor?.error == "行政区划代码 \"991234\" 无效,应为 GB/T 2260 的 6 位数字代码(如 130300)")
        harness.press(.escape)
        expectSavedState(enter(.regionCode, "130300", into: &harness), harness)
        #expect(harness.assessment.profile.regionCode == "130300")
    }

    @Test func aMalformedIndustryCodeIsRefused() {
        var harness = Harness.new()
        #expect(enter(.industryCode, "C36x", into: &harness).isEmpty)
        #expect(harness.editor?.error == "行业代码 \"C36x\" 无效,应为 GB/T 4754-2017 的 2–4 位代码(可加前缀 C,如 C3484)")
    }

    @Test func anIndustryOutsideManufacturingIsRefused() {
        var harness = Harness.new()
        #expect(enter(.industryCode, "C5111", into: &harness).isEmpty)
        #expect(harness.editor?.error == "行业代码 C5111 不属于制造业(门类 C,大类 13–43)")
        #expect(harness.assessment.profile.industryCode == nil)
    }

    @Test func aDecimalCommaInTheRevenueIsRejectedWithItsOwnMessage() {
        var harness = Harness.new()
        let effects = enter(.annualRevenue, "1,5", into: &harness)
        #expect(effects.isEmpty)
        #expect(harness.editor?.error == "请用小数点(.),不要用逗号")
        #expect(harness.assessment.profile.annualRevenue == nil)
        #expect(harness.screen().contains { $0.contains("请用小数点(.),不要用逗号") })
    }

    @Test func aFullWidthCommaIsRejectedToo() {
        var harness = Harness.new()
        _ = enter(.annualRevenue, "1，5", into: &harness)
        #expect(harness.state.overlay != nil)
        #expect(harness.assessment.profile.annualRevenue == nil)
        #expect(harness.editor?.error == "请用小数点(.),不要用逗号")
    }

    @Test func theRevenueMustBeANonNegativeNumber() {
        var harness = Harness.new()
        _ = enter(.annualRevenue, "三千万", into: &harness)
        #expect(harness.editor?.error == "请输入数字")
        harness.press(.escape)
        _ = enter(.annualRevenue, "-5", into: &harness)
        #expect(harness.editor?.error == "超出有效范围 [0, ∞]")
        harness.press(.escape)
        let effects = enter(.annualRevenue, "35000000.5", into: &harness)
        #expect(harness.assessment.profile.annualRevenue == 35_000_000.5)
        expectSavedState(effects, harness)
        #expect(RowText.label(.profile(.annualRevenue), harness.document, .zh) == "年营业收入(元):35000000.5")
    }

    @Test func aDateThatDoesNotExistIsRefused() {
        var harness = Harness.new()
        #expect(enter(.assessmentDate, "2026-02-30", into: &harness).isEmpty)
        #expect(harness.editor?.error == "日期 \"2026-02-30\" 无效,应为 YYYY-MM-DD 格式、1900 年或以后的真实日期")
        harness.press(.escape)
        #expect(enter(.assessmentDate, "2026/05/20", into: &harness).isEmpty)
        harness.press(.escape)
        expectSavedState(enter(.assessmentDate, "2026-05-20", into: &harness), harness)
        #expect(harness.assessment.profile.assessmentDate == "2026-05-20")
    }

    @Test func escapeLeavesTheFieldAsItWas() {
        var harness = Harness.new()
        _ = enter(.enterpriseName, "甲", into: &harness)
        harness.press(.enter)
        #expect(harness.editor?.field.string == "甲", "the editor starts with the current value")
        harness.type("乙")
        #expect(harness.press(.escape) == [.remove(path: "t.json.draft")])
        #expect(harness.assessment.profile.enterpriseName == "甲")
    }

    @Test func anEmptyFieldClearsTheValue() {
        var harness = Harness.new()
        _ = enter(.enterpriseName, "甲", into: &harness)
        harness.press(.enter, .backspace)
        let effects = harness.press(.enter)
        #expect(harness.assessment.profile.enterpriseName == nil)
        expectSavedState(effects, harness)
    }

    @Test func zeroOnAProfileRowClearsIt() {
        var harness = Harness.new()
        _ = enter(.regionCode, "130300", into: &harness)
        let effects = harness.press(.character("0"))
        #expect(harness.assessment.profile.regionCode == nil)
        expectSavedState(effects, harness)
    }

    @Test func digitsOtherThanZeroDoNothingOnATextField() {
        var harness = Harness.new()
        #expect(harness.press(.character("1"), .character("2")).isEmpty)
        #expect(harness.row == 0)
    }

    @Test func enterCyclesTheManufacturingType() {
        var harness = Harness.new()
        harness.select(.profile(.manufacturingType))
        var seen: [Profile.ManufacturingType?] = []
        for _ in 0..<3 {
            let effects = harness.press(.enter)
            #expect(harness.state.overlay == nil, "a choice opens no editor")
            expectSavedState(effects, harness)
            seen.append(harness.assessment.profile.manufacturingType)
        }
        #expect(seen == [.discrete, .process, nil])
    }

    @Test func digitsPickTheManufacturingType() {
        var harness = Harness.new()
        harness.select(.profile(.manufacturingType))
        expectSavedState(harness.press(.character("2")), harness)
        #expect(harness.assessment.profile.manufacturingType == .process)
        #expect(RowText.label(.profile(.manufacturingType), harness.document, .zh) == "制造类型:流程型")
        #expect(harness.row == 4, "a choice does not move down")
        harness.press(.character("1"))
        #expect(harness.assessment.profile.manufacturingType == .discrete)
        #expect(RowText.label(.profile(.manufacturingType), harness.document, .en) == "Manufacturing type: discrete")
        harness.press(.character("0"))
        #expect(harness.assessment.profile.manufacturingType == nil)
    }

    @Test func englishMessagesFollowTheLanguage() {
        var harness = Harness.new(language: .en)
        _ = enter(.annualRevenue, "1,5", into: &harness)
        #expect(harness.editor?.error == "Use a decimal point (.), not a comma")
        harness.press(.escape)
        _ = enter(.assessmentDate, "2025-13-01", into: &harness)
        #expect(harness.editor?.error == "\"2025-13-01\" is not a real date in YYYY-MM-DD form, in 1900 or later")
    }
}
