import FactoryGrading

/// What a row shows: its one-line label and status in the list, its detail lines, its help text, and
/// the text search looks in.
enum RowText {
    static func label(_ row: RowID, _ document: Document, _ language: Language) -> String {
        let pack = document.pack
        switch row {
        case .profile(let field):
            var value = document.profileValue(field) ?? ""
            if field == .manufacturingType, let type = document.assessment.profile.manufacturingType {
                value = Vocabulary.manufacturing(type)[language]
            }
            return field.label[language] + (language == .zh ? ":" : ": ") + value
        case .item(let id):
            guard let item = pack.item(id) else { return id }
            let tier = item.tier.flatMap(pack.tier).map { "[\($0.name[language])] " } ?? ""
            return tier + item.text[language]
        case .maturity(let field):
            let maturity = document.assessment.maturity
            let value: String =
                switch field {
                case .level: maturity?.level.map { language == .zh ? "\($0) 级" : "level \($0)" } ?? ""
                case .source: maturity?.source.map { Vocabulary.maturitySource($0)[language] } ?? ""
                case .score: maturity?.score.map(JSONWriter.numberText) ?? ""
                case .reportNumber: maturity?.reportNumber ?? ""
                case .reportDate: maturity?.reportDate ?? ""
                }
            return field.label[language] + (language == .zh ? ":" : ": ") + value
        case .question(let id):
            guard let question = document.model?.question(id) else { return id }
            let subdomain = document.model?.subdomain(question.subdomain)?.name[language] ?? question.subdomain
            return "L\(question.level) \(subdomain): " + question.text[language]
        case .kpi(let id):
            guard let kpi = pack.kpi(id) else { return id }
            let entry = document.assessment.kpis[id]
            var text = "\(kpi.number). \(kpi.name[language])"
            if let value = document.grader.kpiValue(kpi, entry: entry) { text += ": " + Vocabulary.quantity(value, unit: kpi.unit, language) }
            return text
        }
    }

    /// A short status word for the list, and its style.
    static func status(_ row: RowID, _ document: Document, _ language: Language) -> (String, Style) {
        let zh = language == .zh
        switch row {
        case .item(let id):
            let answer = document.assessment.answers[id]
            let note = answer?.evidence == nil ? "" : "*"
            switch answer?.status {
            case .met?: return ((zh ? "达到" : "met") + note, .good)
            case .notMet?: return ((zh ? "未达到" : "not met") + note, .bad)
            case .excepted?: return ((zh ? "例外" : "except") + note, .warning)
            case nil: return ((zh ? "未答" : "-") + note, .muted)
            }
        case .question(let id):
            guard let question = document.model?.question(id) else { return ("", .plain) }
            if document.assessment.maturity?.selfDiagnosis?.tailoring[question.subdomain] != nil {
                return (zh ? "裁剪" : "tailored", .muted)
            }
            guard let grade = document.assessment.maturity?.selfDiagnosis?.answers[id], let satisfaction = document.model?.satisfaction(grade) else {
                return (zh ? "未答" : "-", .muted)
            }
            return (short(satisfaction, language), satisfaction.score >= 0.8 ? .good : satisfaction.score > 0 ? .warning : .bad)
        case .kpi(let id):
            let entry = document.assessment.kpis[id]
            switch entry?.main {
            case true?: return (zh ? "主要" : "main", .good)
            case false?: return (zh ? "非主要" : "other", .plain)
            case nil: return (entry == nil ? (zh ? "未答" : "-") : (zh ? "待定" : "pending"), .muted)
            }
        case .profile, .maturity:
            return document.isAnswered(row) ? ("", .plain) : (zh ? "未填" : "-", .muted)
        }
    }

    /// A satisfaction grade short enough for the status column: 全部/大部分/部分/不满足, full/most/partial/none.
    static func short(_ grade: MaturityModel.Satisfaction, _ language: Language) -> String {
        guard language == .zh else { return grade.id }
        switch grade.score {
        case 1: return "全部"
        case 0.8: return "大部分"
        case 0.5: return "部分"
        case 0: return "不满足"
        default: return grade.name.zh
        }
    }

    /// Lines for the detail pane under the list.
    static func detail(_ row: RowID, _ document: Document, _ language: Language) -> [(String, Style)] {
        let zh = language == .zh
        let pack = document.pack
        switch row {
        case .item(let id):
            guard let item = pack.item(id) else { return [] }
            var lines: [(String, Style)] = [(item.text[language], .bold)]
            var place = "\(Vocabulary.clause[language]): \(item.clause)"
            if let tier = item.tier.flatMap(pack.tier) { place += "  \(Vocabulary.tier[language]): \(tier.name[language])" }
            if let area = item.area.flatMap(pack.area) { place += "  \(UIText.area[language]): \(area.name[language])" }
            lines.append((place, .muted))
            let answer = document.assessment.answers[id]
            if let justification = answer?.justification { lines.append(("\(UIText.justification[language]): \(justification)", .warning)) }
            if let evidence = answer?.evidence { lines.append(("\(UIText.evidence[language]): \(evidence)", .plain)) }
            if let guidance = item.guidance, answer?.evidence == nil { lines.append(("\(UIText.guidance[language]): \(guidance[language])", .muted)) }
            return lines
        case .question(let id):
            guard let model = document.model, let question = model.question(id) else { return [] }
            var lines: [(String, Style)] = [(question.text[language], .bold)]
            if let level = model.level(question.level) {
                lines.append(("L\(level.level) \(level.name[language]): \(level.meaning[language])", .muted))
            }
            if let justification = document.assessment.maturity?.selfDiagnosis?.tailoring[question.subdomain] {
                lines.append(("\(UIText.tailored[language]): \(justification)", .warning))
            }
            lines.append((model.satisfaction.enumerated().map { "\($0.offset + 1) \($0.element.name[language])" }.joined(separator: "  "), .key))
            lines.append((UIText.estimateNote[language], .muted))
            return lines
        case .kpi(let id):
            guard let kpi = pack.kpi(id) else { return [] }
            var lines: [(String, Style)] = [("\(kpi.number). \(kpi.name[language])", .bold)]
            lines.append((kpi.definition[language], .muted))
            let result = document.grader.kpiResults(document.assessment).first { $0.kpi == id }
            if case .undefined(let reason)? = result?.origin { lines.append(((zh ? "无法计算:" : "Undefined: ") + reason.message(language), .warning)) }
            for (scope, comparison) in zip(pack.kpiScopes, result?.comparisons ?? []) where comparison.basis != .missing {
                lines.append(
                    ("\(scope.name[language]): " + RuleOutcome.indicatorText(comparison, language, pack, compact: true),
                     comparison.outcome == .met ? .good : comparison.outcome == .notMet ? .bad : .plain))
            }
            lines.append((zh ? "Enter 编辑数值/原始数据与对标  m 切换主要指标" : "Enter: edit value or raw inputs and benchmarks  m: main indicator", .key))
            return lines
        case .profile(let field):
            var lines: [(String, Style)] = [(field.label[language], .bold)]
            switch field {
            case .creditCode: lines.append((zh ? "18 位,按 GB 32100 校验" : "18 characters, checked against GB 32100", .muted))
            case .regionCode: lines.append((zh ? "GB/T 2260 六位代码,如 130300(秦皇岛市)" : "6-digit GB/T 2260 code, e.g. 130300", .muted))
            case .industryCode: lines.append((zh ? "GB/T 4754-2017 制造业代码,如 C3670" : "GB/T 4754-2017 manufacturing code, e.g. C3670", .muted))
            case .manufacturingType: lines.append((zh ? "Enter 切换;1 离散型  2 流程型" : "Enter cycles; 1 discrete  2 process", .key))
            case .annualRevenue: lines.append((zh ? "元,如 35000000;规上标准 2000 万元" : "CNY, e.g. 35000000", .muted))
            case .assessmentDate: lines.append(("YYYY-MM-DD", .muted))
            default: break
            }
            return lines
        case .maturity:
            var lines: [(String, Style)] = [(zh ? "填报的成熟度结果(正式报告或估计);Enter 打开表单" : "The stated maturity result (official report or estimate); Enter opens the form", .bold)]
            if let score = document.result.selfDiagnosis {
                let level = score.level.map { zh ? "\($0) 级" : "level \($0)" } ?? (zh ? "未定" : "none yet")
                lines.append(((zh ? "快速预诊断估计:" : "Quick self-diagnosis estimate: ") + level, .plain))
            }
            lines.append((UIText.estimateNote[language], .muted))
            return lines
        }
    }

    /// Text `/` search looks in: both languages and the id.
    static func searchable(_ row: RowID, pack: CriteriaPack, model: MaturityModel?) -> String {
        switch row {
        case .item(let id): return id + " " + (pack.item(id).map { $0.text.zh + " " + $0.text.en } ?? "")
        case .kpi(let id): return id + " " + (pack.kpi(id).map { $0.name.zh + " " + $0.name.en } ?? "")
        case .question(let id): return id + " " + (model?.question(id).map { $0.text.zh + " " + $0.text.en } ?? "")
        case .profile(let field): return field.rawValue + " " + field.label.zh + " " + field.label.en
        case .maturity(let field): return field.rawValue + " " + field.label.zh + " " + field.label.en
        }
    }

    /// The help screen's text for a row: full policy text and clause in both languages.
    static func help(_ row: RowID?, _ document: Document?) -> [(String, Style)] {
        guard let row, let document else { return [] }
        let pack = document.pack
        switch row {
        case .item(let id):
            guard let item = pack.item(id) else { return [] }
            var lines: [(String, Style)] = [(item.id, .muted), (item.text.zh, .bold), (item.text.en, .plain), ("\(Vocabulary.clause.zh) / \(Vocabulary.clause.en): \(item.clause)", .muted)]
            if let passage = pack.passage(item.passage) {
                lines.append(("\(UIText.policyText.zh) / \(UIText.policyText.en):", .title))
                lines.append((passage.text.zh, .plain))
                lines.append((passage.text.en, .plain))
            }
            if let guidance = item.guidance {
                lines.append(("\(UIText.guidance.zh) / \(UIText.guidance.en):", .title))
                lines.append((guidance.zh, .plain))
                lines.append((guidance.en, .plain))
            }
            return lines
        case .kpi(let id):
            guard let kpi = pack.kpi(id) else { return [] }
            return [
                (kpi.id, .muted), ("\(kpi.number). \(kpi.name.zh) / \(kpi.name.en)", .bold), ("\(kpi.clause)", .muted), (kpi.definition.zh, .plain),
                (kpi.definition.en, .plain), (kpi.formula.kind.text(.zh), .plain), (kpi.formula.kind.text(.en), .plain),
                (kpi.formula.source.zh, .muted), (kpi.formula.source.en, .muted),
            ]
        case .question(let id):
            guard let model = document.model, let question = model.question(id) else { return [] }
            var lines: [(String, Style)] = [(question.id, .muted), (question.text.zh, .bold), (question.text.en, .plain)]
            if let level = model.level(question.level) {
                lines.append(("L\(level.level) \(level.name.zh) / \(level.name.en)", .title))
                lines.append((level.meaning.zh, .plain))
                lines.append((level.meaning.en, .plain))
            }
            lines.append((model.questionnaire.disclaimer.zh, .muted))
            lines.append((model.questionnaire.disclaimer.en, .muted))
            return lines
        case .profile(let field): return [(field.label.zh + " / " + field.label.en, .bold)]
        case .maturity(let field): return [(field.label.zh + " / " + field.label.en, .bold), (UIText.estimateNote.zh, .muted), (UIText.estimateNote.en, .muted)]
        }
    }
}
