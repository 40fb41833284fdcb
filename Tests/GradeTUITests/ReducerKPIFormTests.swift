import FactoryGrading
import Testing

@testable import GradeTUICore

extension Harness {
    /// Moves the open form's selection to field `id` with Home and ↓.
    mutating func formSelect(_ id: String) {
        guard let index = form?.fields.firstIndex(where: { $0.id == id }) else {
            Issue.record("no field \(id) in \(form?.fields.map(\.id) ?? [])")
            return
        }
        press(.home)
        press(Array(repeating: .down, count: index))
    }

    /// Types `text` into the open form's field `id` (Enter, text, Enter).
    mutating func formType(_ id: String, _ text: String) {
        formSelect(id)
        press(.enter)
        type(text)
        press(.enter)
    }

    /// Picks option `digit` of the open form's choice field `id`.
    mutating func formPick(_ id: String, _ digit: Character) {
        formSelect(id)
        press(.character(digit))
    }

    /// Opens the form of KPI `id`.
    mutating func openKPI(_ id: String) {
        select(.kpi(id))
        press(.enter)
    }
}

/// The KPI form: a value or the raw inputs of the KPI's formula, the main-indicator choice, and per scope a
/// benchmark (value and source) or a declaration (conclusion and evidence).
@Suite struct ReducerKPIFormTests {
    let scopes = ["provincialAverage.kind", "provincialLeading.kind", "nationalLeading.kind", "globalLeading.kind"]

    @Test func aNewFormAsksForTheValue() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        let form = try! #require(harness.form)
        #expect(form.subject == .kpi("kpi.key-equipment-nc-rate"))
        #expect(form.fields.map(\.id) == ["input", "value", "main"] + scopes)
        #expect(form.value("input") == "value")
        #expect(form.fields[1].label.zh == "指标值(%)")
    }

    @Test(arguments: [
        ("kpi.key-equipment-nc-rate", ["raw.part", "raw.whole", "raw.period"]),
        ("kpi.decision-model-count", ["raw.count", "raw.period"]),
        ("kpi.production-efficiency-gain", ["raw.before", "raw.after", "raw.baselinePeriod", "raw.measurementPeriod"]),
        ("kpi.defect-rate-reduction", ["raw.before", "raw.after", "raw.baselinePeriod", "raw.measurementPeriod"]),
        ("kpi.oee-gain", [
            "raw.before.availability", "raw.before.performance", "raw.before.quality", "raw.after.availability", "raw.after.performance",
            "raw.after.quality", "raw.baselinePeriod", "raw.measurementPeriod",
        ]),
    ])
    func rawInputsFollowTheFormulaKind(id: String, inputs: [String]) {
        var harness = Harness.new()
        harness.openKPI(id)
        let effects = harness.press(.enter)
        #expect(!Effects.drafts(effects).isEmpty)
        #expect(harness.form?.value("input") == "raw")
        #expect(harness.form?.fields.map(\.id) == ["input"] + inputs + ["main"] + scopes)
        #expect(harness.form?.selected == 0, "the selection stays on the field that changed")
        harness.press(.enter)
        #expect(harness.form?.fields.map(\.id) == ["input", "value", "main"] + scopes)
    }

    @Test func aValueAndTheMainChoiceAreSaved() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formType("value", "72.5")
        harness.formPick("main", "1")
        let effects = harness.press(.escape)
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.kpis["kpi.key-equipment-nc-rate"] == KPIEntry(value: 72.5, main: true))
        expectSavedState(effects, harness)
        #expect(Effects.removals(effects) == ["t.json.draft"])
        #expect(RowText.label(.kpi("kpi.key-equipment-nc-rate"), harness.document, .zh) == "1. 关键设备数控化率: 72.5%")
        #expect(RowText.status(.kpi("kpi.key-equipment-nc-rate"), harness.document, .zh).0 == "主要")
        #expect(harness.document.isAnswered(.kpi("kpi.key-equipment-nc-rate")))
    }

    @Test func rawInputsAreSavedAndTheValueComputed() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.press(.enter)
        harness.formType("raw.part", "58")
        harness.formType("raw.whole", "80")
        harness.formType("raw.period", "2025")
        harness.formPick("main", "2")
        let effects = harness.press(.escape)
        let raw = KPIRawInputs(values: ["part": 58, "whole": 80], periods: ["period": "2025"])
        #expect(harness.assessment.kpis["kpi.key-equipment-nc-rate"] == KPIEntry(value: nil, raw: raw, main: false))
        expectSavedState(effects, harness)
        #expect(RowText.label(.kpi("kpi.key-equipment-nc-rate"), harness.document, .zh) == "1. 关键设备数控化率: 72.5%")
        #expect(RowText.status(.kpi("kpi.key-equipment-nc-rate"), harness.document, .zh).0 == "非主要")
        // Reopening shows the raw inputs.
        harness.press(.enter)
        #expect(harness.form?.value("input") == "raw")
        #expect(harness.form?.value("raw.part") == "58")
        #expect(harness.form?.value("raw.period") == "2025")
    }

    @Test func oeeRawInputsNeedAllThreeFactors() {
        var harness = Harness.new()
        harness.openKPI("kpi.oee-gain")
        harness.press(.enter)
        harness.formType("raw.before.availability", "82")
        harness.formType("raw.before.performance", "86")
        harness.formType("raw.after.availability", "90.5")
        harness.formType("raw.after.performance", "90.5")
        harness.formType("raw.after.quality", "97.8")
        #expect(harness.press(.escape).isEmpty)
        #expect(harness.form?.error == "OEE 须填写时间开动率、性能开动率和合格品率")
        harness.formType("raw.before.quality", "97.5")
        harness.formType("raw.baselinePeriod", "2023")
        harness.formType("raw.measurementPeriod", "2025")
        let effects = harness.press(.escape)
        let raw = KPIRawInputs(
            periods: ["baselinePeriod": "2023", "measurementPeriod": "2025"],
            oee: [
                "before": .init(availability: 82, performance: 86, quality: 97.5),
                "after": .init(availability: 90.5, performance: 90.5, quality: 97.8),
            ])
        #expect(harness.assessment.kpis["kpi.oee-gain"]?.raw == raw)
        expectSavedState(effects, harness)
    }

    @Test func aPartAboveItsWholeIsRefused() {
        var harness = Harness.new()
        harness.openKPI("kpi.water-reuse-rate")
        harness.press(.enter)
        harness.formType("raw.part", "120")
        harness.formType("raw.whole", "100")
        #expect(harness.press(.escape).isEmpty)
        #expect(harness.form?.error?.isEmpty == false)
        #expect(harness.assessment.kpis.isEmpty)
    }

    @Test(arguments: [
        ("kpi.key-equipment-nc-rate", "150", "指标值: 超出有效范围 [0, 100]"),
        ("kpi.key-equipment-nc-rate", "72,5", "指标值: 请用小数点(.),不要用逗号"),
        ("kpi.key-equipment-nc-rate", "七十", "指标值: 请输入数字"),
        ("kpi.decision-model-count", "2.5", "计数类指标应为整数,实际为 2.5"),
    ])
    func aBadValueIsRefused(id: String, text: String, message: String) {
        var harness = Harness.new()
        harness.openKPI(id)
        harness.formType("value", text)
        #expect(harness.press(.escape).isEmpty)
        #expect(harness.form?.error == message)
        #expect(harness.assessment.kpis.isEmpty)
        // A second Esc discards the form.
        #expect(harness.press(.escape) == [.remove(path: "t.json.draft")])
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.kpis.isEmpty)
    }

    @Test func aBenchmarkNeedsItsValueAndItsSource() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formType("value", "72.5")
        harness.formPick("main", "1")
        harness.formPick("provincialAverage.kind", "1")
        #expect(harness.form?.fields.map(\.id) == [
            "input", "value", "main", "provincialAverage.kind", "provincialAverage.benchmark", "provincialAverage.source",
            "provincialLeading.kind", "nationalLeading.kind", "globalLeading.kind",
        ])
        harness.formType("provincialAverage.benchmark", "46")
        #expect(harness.press(.escape).isEmpty)
        #expect(harness.form?.error == "高于省(区、市)同行业平均水平:对标值和来源都须填写")
        harness.formType("provincialAverage.source", "示例数据(非官方统计)")
        let effects = harness.press(.escape)
        #expect(harness.state.overlay == nil)
        #expect(
            harness.assessment.kpis["kpi.key-equipment-nc-rate"]
                == KPIEntry(value: 72.5, main: true, comparisons: ["provincialAverage": .benchmark(value: 46, source: "示例数据(非官方统计)")]))
        expectSavedState(effects, harness)
    }

    @Test func aSourceWithoutABenchmarkIsRefusedToo() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formPick("nationalLeading.kind", "1")
        harness.formType("nationalLeading.source", "行业协会")
        harness.press(.escape)
        #expect(harness.form?.error == "处于国内同行业领先水平:对标值和来源都须填写")
    }

    @Test func aBenchmarkOutsideTheRangeIsRefused() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formPick("provincialAverage.kind", "1")
        harness.formType("provincialAverage.benchmark", "146")
        harness.formType("provincialAverage.source", "s")
        harness.press(.escape)
        #expect(harness.form?.error == "高于省(区、市)同行业平均水平: 超出有效范围 [0, 100]")
    }

    @Test func aDeclarationNeedsItsConclusionAndEvidence() {
        var harness = Harness.new()
        harness.openKPI("kpi.energy-intensity-reduction")
        harness.formType("value", "12.4")
        harness.formPick("main", "1")
        harness.formPick("provincialAverage.kind", "2")
        #expect(harness.form?.fields.map(\.id).contains("provincialAverage.declared") == true)
        #expect(harness.form?.fields.map(\.id).contains("provincialAverage.evidence") == true)
        harness.press(.escape)
        #expect(harness.form?.error == "高于省(区、市)同行业平均水平:声明须选择结论并附证据")
        harness.formPick("provincialAverage.declared", "1")
        harness.press(.escape)
        #expect(harness.form?.error == "高于省(区、市)同行业平均水平:声明须选择结论并附证据")
        harness.formType("provincialAverage.evidence", "行业协会能耗对标通报")
        let effects = harness.press(.escape)
        #expect(
            harness.assessment.kpis["kpi.energy-intensity-reduction"]
                == KPIEntry(value: 12.4, main: true, comparisons: ["provincialAverage": .declared(meets: true, evidence: "行业协会能耗对标通报")]))
        expectSavedState(effects, harness)
    }

    @Test func switchingTheComparisonKindKeepsWhatWasTyped() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formPick("provincialAverage.kind", "1")
        harness.formType("provincialAverage.benchmark", "46")
        harness.formPick("provincialAverage.kind", "2")
        #expect(harness.form?.fields.map(\.id).contains("provincialAverage.benchmark") == false)
        harness.formPick("provincialAverage.kind", "1")
        #expect(harness.form?.value("provincialAverage.benchmark") == "46")
        harness.formType("value", "50")
        harness.formSelect("input")
        harness.press(.enter, .enter)
        #expect(harness.form?.value("input") == "value")
        #expect(harness.form?.value("value") == "50")
    }

    @Test func aValueHiddenByAChoiceIsNotSaved() {
        var harness = Harness.new()
        harness.openKPI("kpi.energy-intensity-reduction")
        harness.formPick("provincialAverage.kind", "1")
        harness.formType("provincialAverage.benchmark", "46")
        harness.formType("provincialAverage.source", "s")
        harness.formPick("provincialAverage.kind", "2")
        harness.formPick("provincialAverage.declared", "1")
        harness.formType("provincialAverage.evidence", "通报")
        harness.press(.escape)
        #expect(harness.state.overlay == nil)
        #expect(harness.assessment.kpis["kpi.energy-intensity-reduction"] == KPIEntry(value: nil, comparisons: ["provincialAverage": .declared(meets: true, evidence: "通报")]))
    }

    // MARK: Moving and typing in a form

    @Test func arrowsTabHomeAndEndMoveBetweenFields() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        let last = try! #require(harness.form?.fields.count) - 1
        var seen: [Int] = []
        for key in [Key.down, .tab, .backTab, .up, .up, .end, .down, .home] {
            harness.press(key)
            seen.append(harness.form?.selected ?? -1)
        }
        #expect(seen == [1, 2, 1, 0, 0, last, last, 0])
        #expect(harness.form?.editing == nil)
    }

    @Test func jAndKDoNotMoveBetweenFields() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        // On a choice field they do nothing at all.
        #expect(harness.press(.character("j")).isEmpty)
        #expect(harness.press(.character("k")).isEmpty)
        #expect(harness.form?.selected == 0)
        #expect(harness.form?.value("input") == "value")
        // On a text field they are typed.
        harness.formPick("provincialAverage.kind", "1")
        harness.formSelect("provincialAverage.source")
        let selected = harness.form?.selected
        harness.press(.character("j"), .character("k"))
        #expect(harness.form?.selected == selected)
        #expect(harness.form?.editing?.string == "jk")
    }

    @Test func typingOnATextOrNumberFieldStartsEditingIt() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formSelect("value")
        #expect(!Effects.drafts(harness.press(.character("5"))).isEmpty, "the typed character is drafted too")
        #expect(harness.form?.editing?.string == "5", "the first character starts the field, replacing the old value")
        harness.type("8.5")
        harness.press(.enter)
        #expect(harness.form?.value("value") == "58.5")
        harness.press(.character("7"), .enter)
        #expect(harness.form?.value("value") == "7")
        harness.formPick("provincialAverage.kind", "1")
        harness.formSelect("provincialAverage.source")
        harness.type("示例数据")
        harness.press(.enter)
        #expect(harness.form?.value("provincialAverage.source") == "示例数据")
        // Digits on a choice field still pick its options.
        harness.formSelect("main")
        harness.press(.character("2"))
        #expect(harness.form?.value("main") == "no")
        #expect(harness.form?.editing == nil)
    }

    @Test func mTogglesTheMainIndicatorOnTheRow() {
        var harness = Harness.new()
        harness.select(.kpi("kpi.sales-growth"))
        var seen: [Bool?] = []
        for _ in 0..<3 {
            let effects = harness.press(.character("m"))
            expectSavedState(effects, harness)
            seen.append(harness.assessment.kpis["kpi.sales-growth"]?.main)
        }
        #expect(seen == [true, false, true])
        #expect(harness.state.overlay == nil)
    }

    @Test func zeroOnAKPIRowRemovesTheEntry() {
        var harness = Harness.new()
        harness.select(.kpi("kpi.sales-growth"))
        harness.press(.character("m"))
        let effects = harness.press(.character("0"))
        #expect(harness.assessment.kpis.isEmpty)
        expectSavedState(effects, harness)
    }

    @Test func anEmptyFormSavesNothing() {
        var harness = Harness.new()
        harness.openKPI("kpi.sales-growth")
        #expect(harness.press(.escape) == [.remove(path: "t.json.draft")])
        #expect(harness.assessment.kpis.isEmpty)
    }

    @Test func deleteClearsAFormField() {
        var harness = Harness.new()
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.formType("value", "50")
        harness.formSelect("value")
        harness.press(.delete)
        #expect(harness.form?.value("value") == "")
    }
}
