import FactoryGrading

/// An open assessment: the file it lives in, its answers, and the live result.
public struct Document: Sendable {
    public var path: String
    public var assessment: Assessment {
        didSet { regrade() }
    }
    public let grader: Grader
    public private(set) var result: GradingResult
    public let model: MaturityModel?
    public let sections: [Section]
    /// Selected row per section.
    public var rowCursor: [Int]
    /// Every row's searchable text, lower-cased UTF-8, built once.
    let searchIndex: [(section: Int, row: Int, text: [UInt8])]

    public var pack: CriteriaPack { grader.pack }

    public init(path: String, assessment: Assessment, grader: Grader) {
        self.path = path
        self.assessment = assessment
        self.grader = grader
        result = grader.grade(assessment)
        let model = Self.model(for: assessment, among: grader.maturityModels)
        self.model = model
        let sections = Section.all(pack: grader.pack, model: model)
        self.sections = sections
        rowCursor = Array(repeating: 0, count: sections.count)
        var index: [(Int, Int, [UInt8])] = []
        for (sectionIndex, section) in sections.enumerated() {
            for (rowIndex, row) in section.rows.enumerated() {
                let text = RowText.searchable(row, pack: grader.pack, model: model).lowercased()
                index.append((sectionIndex, rowIndex, Array(text.utf8)))
            }
        }
        searchIndex = index
    }

    /// The model the assessment's self-diagnosis names, when it is loaded; else the one a new
    /// self-diagnosis uses.
    static func model(for assessment: Assessment, among models: [MaturityModel]) -> MaturityModel? {
        if let named = assessment.maturity?.selfDiagnosis?.model, let model = models.first(where: { $0.reference == named }) { return model }
        return MaturityModel.preferred(among: models)
    }

    private mutating func regrade() { result = grader.grade(assessment) }

    /// Whether `row` has an answer.
    public func isAnswered(_ row: RowID) -> Bool {
        switch row {
        case .profile(let field): return profileValue(field) != nil
        case .item(let id): return assessment.answers[id]?.status != nil
        case .maturity(let field):
            let maturity = assessment.maturity
            switch field {
            case .level: return maturity?.level != nil || maturity?.selfDiagnosis != nil
            case .source: return maturity?.source != nil || maturity?.selfDiagnosis != nil
            case .score: return true
            case .reportNumber, .reportDate:
                guard maturity?.source == .official else { return true }
                return (field == .reportNumber ? maturity?.reportNumber : maturity?.reportDate) != nil
            }
        case .question(let id):
            if let question = model?.question(id), assessment.maturity?.selfDiagnosis?.tailoring[question.subdomain] != nil { return true }
            return assessment.maturity?.selfDiagnosis?.answers[id] != nil
        case .kpi(let id):
            guard let entry = assessment.kpis[id] else { return false }
            return (entry.value != nil || entry.raw != nil || entry.main == false) && entry.main != nil
        }
    }

    /// Whether `row` needs an answer: the score is optional; the report fields only for an official result;
    /// the self-diagnosis questions only without an official result, and only up to its working level.
    public func isRequired(_ row: RowID) -> Bool {
        switch row {
        case .maturity(.score): false
        case .maturity(.reportNumber), .maturity(.reportDate): assessment.maturity?.source == .official
        case .question(let id):
            // Questions above the self-diagnosis' working level (the first level below the gate) change nothing.
            assessment.maturity?.source != .official
                && (model?.question(id)?.level ?? 1) <= (result.selfDiagnosis?.workingLevel ?? 1)
        default: true
        }
    }

    /// The first unanswered row at or after (`section`, `row`), wrapping around; `nil` when all are answered.
    public func nextUnanswered(after section: Int, row: Int) -> (section: Int, row: Int)? {
        let flat = sections.enumerated().flatMap { index, section in section.rows.indices.map { (index, $0) } }
        guard !flat.isEmpty else { return nil }
        let start = flat.firstIndex { $0.0 > section || ($0.0 == section && $0.1 >= row) } ?? 0
        for offset in 0..<flat.count {
            let (sectionIndex, rowIndex) = flat[(start + offset) % flat.count]
            let row = sections[sectionIndex].rows[rowIndex]
            if isRequired(row), !isAnswered(row) { return (sectionIndex, rowIndex) }
        }
        return nil
    }

    /// Answered rows and all rows, over every section or one.
    public func progress(section: Int? = nil) -> (answered: Int, total: Int) {
        let rows = (section.map { sections[$0].rows } ?? sections.flatMap(\.rows)).filter(isRequired)
        return (rows.filter(isAnswered).count, rows.count)
    }

    /// The profile field's current value as text, or `nil` when not given.
    public func profileValue(_ field: ProfileField) -> String? {
        let profile = assessment.profile
        switch field {
        case .enterpriseName: return profile.enterpriseName
        case .creditCode: return profile.creditCode
        case .regionCode: return profile.regionCode
        case .industryCode: return profile.industryCode
        case .manufacturingType: return profile.manufacturingType?.rawValue
        case .annualRevenue: return profile.annualRevenue.map(JSONWriter.numberText)
        case .assessor: return profile.assessor
        case .assessmentDate: return profile.assessmentDate
        }
    }
}
