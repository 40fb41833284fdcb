import FactoryGrading

/// A profile field of an assessment.
public enum ProfileField: String, Sendable, CaseIterable {
    case enterpriseName, creditCode, regionCode, industryCode, manufacturingType, annualRevenue, assessor, assessmentDate

    var label: LocalizedText {
        switch self {
        case .enterpriseName: Vocabulary.enterprise
        case .creditCode: Vocabulary.creditCode
        case .regionCode: Vocabulary.region
        case .industryCode: Vocabulary.industry
        case .manufacturingType: Vocabulary.manufacturingType
        case .annualRevenue: Vocabulary.revenue
        case .assessor: Vocabulary.assessor
        case .assessmentDate: Vocabulary.date
        }
    }
}

/// A field of the stated maturity result.
public enum MaturityField: String, Sendable, CaseIterable {
    case level, source, score, reportNumber, reportDate

    var label: LocalizedText {
        switch self {
        case .level: UIText.level
        case .source: UIText.t("来源", "Source")
        case .score: UIText.score
        case .reportNumber: UIText.reportNumber
        case .reportDate: UIText.reportDate
        }
    }
}

/// One answerable line of a section.
public enum RowID: Sendable, Hashable {
    case profile(ProfileField)
    case item(String)
    case maturity(MaturityField)
    case question(String)
    case kpi(String)
}

/// A step of the flow: profile → 基础要求 → maturity → five construction areas → KPIs → outcomes → results.
public struct Section: Sendable, Equatable {
    public enum Kind: Sendable, Hashable {
        case profile, base, maturity, area(String), kpis, outcomes, results
    }

    public var kind: Kind
    public var title: LocalizedText
    public var rows: [RowID]

    /// The sections for `pack` (and the self-diagnosis of `model`, when there is one).
    static func all(pack: CriteriaPack, model: MaturityModel?) -> [Section] {
        var sections: [Section] = []
        sections.append(Section(kind: .profile, title: Vocabulary.profile, rows: ProfileField.allCases.map(RowID.profile)))
        sections.append(Section(kind: .base, title: UIText.baseRequirements, rows: pack.items.filter { $0.kind == .base }.map { .item($0.id) }))
        let questions = (model?.questionnaire.questions ?? []).sorted { ($0.level, $0.id) < ($1.level, $1.id) }
        sections.append(
            Section(kind: .maturity, title: UIText.maturity, rows: MaturityField.allCases.map(RowID.maturity) + questions.map { .question($0.id) }))
        for area in pack.areas {
            let items = pack.tiers.flatMap { tier in pack.constructionItems(tier: tier.id, area: area.id) }
            sections.append(Section(kind: .area(area.id), title: area.name, rows: items.map { .item($0.id) }))
        }
        sections.append(Section(kind: .kpis, title: UIText.kpis, rows: pack.kpis.map { .kpi($0.id) }))
        sections.append(Section(kind: .outcomes, title: UIText.outcomes, rows: pack.items.filter { $0.kind == .outcome }.map { .item($0.id) }))
        sections.append(Section(kind: .results, title: UIText.results, rows: []))
        return sections
    }
}
