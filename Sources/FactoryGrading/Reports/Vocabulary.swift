/// Every word and sentence the reports use, in Chinese and English. Policy text comes from the pack;
/// this holds only the product's own wording.
public enum Vocabulary {
    static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    public static func outcome(_ outcome: Outcome) -> LocalizedText {
        switch outcome {
        case .met: t("达到", "met")
        case .notMet: t("未达到", "not met")
        case .undetermined: t("待定", "undetermined")
        }
    }

    /// The mark a plain-text rule trace puts before a rule: `[+]` met, `[-]` not met, `[?]` undetermined.
    public static func mark(_ outcome: Outcome) -> String {
        switch outcome {
        case .met: "[+]"
        case .notMet: "[-]"
        case .undetermined: "[?]"
        }
    }

    public static func verdict(_ verdict: Verdict, conditional: Bool = false) -> LocalizedText {
        switch (verdict, conditional) {
        case (.qualified, false): t("达标", "qualified")
        case (.qualified, true): t("达标(附条件)", "qualified (conditional)")
        case (.notQualified, _): t("不达标", "not qualified")
        case (.undetermined, _): t("待定(信息不全)", "undetermined (inputs missing)")
        }
    }

    public static func answer(_ status: AnswerStatus?) -> LocalizedText {
        switch status {
        case .met?: t("达到", "met")
        case .notMet?: t("未达到", "not met")
        case .excepted?: t("说明例外", "excepted")
        case nil: t("未作答", "unanswered")
        }
    }

    public static func areaStatus(_ status: AreaCoverage.Status) -> LocalizedText {
        switch status {
        case .covered: t("已覆盖", "covered")
        case .excepted: t("说明例外", "excepted")
        case .notCovered: t("未覆盖", "not covered")
        case .unknown: t("待定", "undetermined")
        }
    }

    public static func maturitySource(_ source: MaturityResult.Source) -> LocalizedText {
        switch source {
        case .official: t("正式评估", "official assessment")
        case .estimate: t("预诊断估计", "in-tool estimate")
        }
    }

    /// The sign a value must satisfy against a benchmark: `>`/`≥` when higher is better, `<`/`≤` when lower is.
    public static func comparison(_ comparison: InterpretationParameters.Comparison, direction: KPI.Direction) -> String {
        switch (comparison, direction) {
        case (.greaterThan, .higherIsBetter): ">"
        case (.atLeast, .higherIsBetter): "≥"
        case (.greaterThan, .lowerIsBetter): "<"
        case (.atLeast, .lowerIsBetter): "≤"
        }
    }

    /// A KPI value with its unit: `28.5%`, `3 models`, `3个`.
    /// Values are shown to at most four decimals, so computed values read like entered ones.
    public static func quantity(_ value: Double, unit: LocalizedText?, _ language: Language) -> String {
        let number = JSONWriter.numberText((value * 10_000).rounded() / 10_000)
        guard let unit = unit?[language], !unit.isEmpty else { return number }
        let needsSpace = language == .en && unit.unicodeScalars.first?.properties.isAlphabetic == true
        return needsSpace ? "\(number) \(unit)" : number + unit
    }

    public static let none = t("未达到任何等级", "none")
    public static let tierReached = t("达到等级", "Tier reached")
    public static let pack = t("标准包", "Criteria pack")
    public static let enterprise = t("企业", "Enterprise")
    public static let creditCode = t("统一社会信用代码", "Credit code")
    public static let region = t("行政区划代码", "Region code")
    public static let industry = t("行业代码", "Industry code")
    public static let manufacturingType = t("制造类型", "Manufacturing type")
    public static let revenue = t("年营业收入(元)", "Annual revenue (CNY)")
    public static let assessor = t("评估人", "Assessor")
    public static let date = t("评估日期", "Assessment date")
    public static let file = t("文件", "File")
    public static let profile = t("企业概况", "Profile")
    public static let verdicts = t("各等级判定", "Verdict by tier")
    public static let tier = t("等级", "Tier")
    public static let verdictWord = t("判定", "Verdict")
    public static let rule = t("规则", "Rule")
    public static let clause = t("条款", "Clause")
    public static let outcomeWord = t("结果", "Outcome")
    public static let reason = t("理由", "Reason")
    public static let reasons = t("判定理由", "Reasons")
    public static let conditions = t("附带条件", "Conditions")
    public static let warnings = t("提示", "Warnings")
    public static let gaps = t("差距分析", "Gap analysis")
    public static let none_ = t("无", "none")
    public static let unknown = t("未填写", "not given")

    public static func manufacturing(_ type: Profile.ManufacturingType) -> LocalizedText {
        type == .discrete ? t("离散型", "discrete") : t("流程型", "process")
    }
}
