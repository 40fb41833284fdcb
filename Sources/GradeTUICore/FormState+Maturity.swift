import FactoryGrading

extension FormState {
    static let none = Option(value: "", label: UIText.t("(未填)", "(none)"))

    /// The form for the stated maturity result.
    static func maturity(_ result: MaturityResult?) -> FormState {
        let levels = [none] + (1...5).map { Option(value: String($0), label: UIText.t("\($0) 级", "level \($0)")) }
        let sources = [
            none, Option(value: "official", label: Vocabulary.maturitySource(.official)),
            Option(value: "estimate", label: Vocabulary.maturitySource(.estimate)),
        ]
        return FormState(
            subject: .maturity,
            fields: [
                Field(id: "level", label: UIText.level, kind: .choice(levels), value: result?.level.map(String.init) ?? ""),
                Field(id: "source", label: MaturityField.source.label, kind: .choice(sources), value: result?.source?.rawValue ?? ""),
                Field(id: "score", label: UIText.score, kind: .number(min: 0, max: 5), value: result?.score.map(JSONWriter.numberText) ?? ""),
                Field(id: "reportNumber", label: UIText.reportNumber, kind: .text, value: result?.reportNumber ?? ""),
                Field(id: "reportDate", label: UIText.reportDate, kind: .date, value: result?.reportDate ?? ""),
            ])
    }

    /// The stated maturity result the form describes (keeping `diagnosis`), or what is wrong with it.
    func maturityResult(keeping diagnosis: SelfDiagnosis?, language: Language) -> Result<MaturityResult?, InputError> {
        let zh = language == .zh
        let level = Int(value("level"))
        let source = MaturityResult.Source(rawValue: value("source"))
        var score: Double?
        if !value("score").isEmpty {
            switch NumberInput.parse(value("score"), min: 0, max: 5, language: language) {
            case .success(let number): score = number
            case .failure(let error): return .failure(InputError(UIText.score[language] + ": " + error.message))
            }
        }
        let number = value("reportNumber").trimmingSpaces
        let date = value("reportDate").trimmingSpaces
        if !date.isEmpty, CalendarDate(date) == nil { return .failure(InputError(Problem.invalidDate(date).message(language))) }
        if level == nil, source == nil, score == nil, number.isEmpty, date.isEmpty {
            return .success(diagnosis.map { MaturityResult(level: nil, source: nil, selfDiagnosis: $0) })
        }
        guard level != nil else { return .failure(InputError(zh ? "请选择等级(1–5)" : "Choose a level (1–5)")) }
        guard let source else { return .failure(InputError(zh ? "请选择来源:正式评估或估计" : "Choose the source: official or estimate")) }
        if source == .official, number.isEmpty || date.isEmpty {
            return .failure(InputError(zh ? "正式评估须填写报告编号和报告日期" : "An official result needs the report number and date"))
        }
        return .success(
            MaturityResult(
                level: level, score: score, source: source, reportNumber: number.isEmpty ? nil : number, reportDate: date.isEmpty ? nil : date,
                selfDiagnosis: diagnosis))
    }
}
