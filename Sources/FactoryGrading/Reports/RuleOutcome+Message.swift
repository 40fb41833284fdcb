extension RuleOutcome {
    /// Why the rule came out as it did, in one or two sentences naming the values it looked at.
    public func message(_ language: Language, pack: CriteriaPack) -> String {
        let zh = language == .zh
        switch detail {
        case .item(let id, let status):
            let text = pack.item(id)?.text[language] ?? id
            let answer = Vocabulary.answer(status)[language]
            if status == .excepted {
                return zh ? "“\(text)”:回答为说明例外,本规则不接受例外" : "\"\(text)\": answered excepted, which this rule does not accept"
            }
            return zh ? "“\(text)”:\(answer)" : "\"\(text)\": \(answer)"
        case .maturity(let minimumLevel, let evidence):
            var text: String
            if let level = evidence.level, let source = evidence.source {
                let from = evidence.fromSelfDiagnosis ? (zh ? "快速预诊断估计" : "quick self-diagnosis estimate") : Vocabulary.maturitySource(source)[language]
                text = zh ? "成熟度等级 \(level) 级(\(from)),要求 \(minimumLevel) 级及以上"
                    : "maturity level \(level) (\(from)); level \(minimumLevel) or higher is required"
            } else if evidence.fromSelfDiagnosis {
                text = zh ? "快速预诊断估计未达到 1 级;要求 \(minimumLevel) 级及以上"
                    : "the quick self-diagnosis estimate is below level 1; level \(minimumLevel) or higher is required"
            } else if evidence.hasSelfDiagnosis {
                text = zh ? "未提供成熟度等级,快速预诊断尚未答完;要求 \(minimumLevel) 级及以上"
                    : "no maturity level given and the quick self-diagnosis is not complete; level \(minimumLevel) or higher is required"
            } else {
                text = zh ? "未提供智能制造能力成熟度等级;要求 \(minimumLevel) 级及以上"
                    : "no GB/T 39116 maturity level given; level \(minimumLevel) or higher is required"
            }
            if evidence.hasSelfDiagnosis, !evidence.fromSelfDiagnosis, evidence.level != nil {
                let estimate = evidence.selfDiagnosisLevel.map { zh ? "\($0) 级" : "level \($0)" } ?? (zh ? "未定" : "none")
                text += zh ? "(快速预诊断估计:\(estimate))" : " (quick self-diagnosis estimate: \(estimate))"
            }
            return text
        case .coverage(let detail):
            return coverageMessage(detail, language, pack)
        case .kpiScope(let detail):
            return kpiMessage(detail, language, pack)
        case .ladder(let lowerTier, let lowerVerdict):
            let name = pack.tier(lowerTier)?.name[language] ?? lowerTier
            let verdict = Vocabulary.verdict(lowerVerdict)[language]
            if outcome == .notMet, lowerVerdict == .qualified {
                return zh ? "梯度递进:须先达到\(name);\(name)仅在环节例外获认可的条件下达标,而本级须覆盖全部环节、不允许例外"
                    : "Ladder: \(name) is required first; \(name) is qualified only with an area excepted, and this tier allows no exception"
            }
            return zh ? "梯度递进:须先达到\(name);\(name)判定为\(verdict)" : "Ladder: \(name) is required first; \(name) is \(verdict)"
        }
    }

    private func coverageMessage(_ detail: CoverageDetail, _ language: Language, _ pack: CriteriaPack) -> String {
        let zh = language == .zh
        let separator = zh ? "、" : ", "
        func name(_ area: AreaCoverage) -> String { pack.area(area.area)?.name[language] ?? area.area }
        let required = detail.areas.filter(\.required)
        var parts: [String] = []
        parts.append((zh ? "须覆盖:" : "Required areas: ") + required.map(name).joined(separator: separator))
        for area in required where area.status != .covered {
            let counts: String
            switch area.status {
            case .notCovered:
                counts = zh ? "\(area.notMet.count + (detail.exceptionsAllowed ? 0 : area.excepted.count)) 项未达到" : "\(area.notMet.count + (detail.exceptionsAllowed ? 0 : area.excepted.count)) not met"
            case .unknown:
                counts = zh ? "\(area.unanswered.count) 项未作答" : "\(area.unanswered.count) unanswered"
            case .excepted:
                counts = zh ? "\(area.excepted.count) 项说明例外" : "\(area.excepted.count) excepted"
            case .covered:
                counts = ""
            }
            let status = Vocabulary.areaStatus(area.status)[language]
            parts.append(zh ? "\(name(area))\(status)(\(area.metCount)/\(area.itemCount) 项达到,\(counts))"
                : "\(name(area)) \(status) (\(area.metCount)/\(area.itemCount) met, \(counts))")
        }
        if required.allSatisfy({ $0.status == .covered }) {
            parts.append(zh ? "全部覆盖" : "all covered")
        }
        let excepted = detail.exceptedAreas.count
        if excepted > detail.maxExceptedAreas {
            parts.append(zh ? "说明例外的环节 \(excepted) 个,超过允许的 \(detail.maxExceptedAreas) 个"
                : "\(excepted) areas excepted, more than the \(detail.maxExceptedAreas) allowed")
        }
        return parts.joined(separator: zh ? ";" : "; ")
    }

    private func kpiMessage(_ detail: KPIScopeDetail, _ language: Language, _ pack: CriteriaPack) -> String {
        let zh = language == .zh
        let scopeName = pack.scope(detail.scope)?.name[language] ?? detail.scope
        var parts: [String] = []
        parts.append(zh ? "主要技术经济指标须\(scopeName);列出 \(detail.indicators.count) 项(至少 \(detail.minimumCount) 项)"
            : "Scope: \(scopeName); \(detail.indicators.count) main indicators presented (at least \(detail.minimumCount))")
        if detail.indicators.count < detail.minimumCount, detail.undecided > 0 {
            parts.append(zh ? "另有 \(detail.undecided) 项指标尚未决定是否列为主要指标" : "\(detail.undecided) KPIs not yet decided")
        }
        for indicator in detail.indicators {
            parts.append(Self.indicatorText(indicator, language, pack))
        }
        return parts.joined(separator: zh ? ";" : "; ")
    }

    /// One KPI comparison in words: name, value, benchmark, outcome; with `compact`, only the benchmark
    /// and the outcome (the caller shows the KPI and its value).
    public static func indicatorText(_ indicator: IndicatorComparison, _ language: Language, _ pack: CriteriaPack, compact: Bool = false) -> String {
        let zh = language == .zh
        let kpi = pack.kpi(indicator.kpi)
        let outcome = Vocabulary.outcome(indicator.outcome)[language]
        var prefix = ""
        if !compact {
            var value = indicator.value.map { Vocabulary.quantity($0, unit: kpi?.unit, language) } ?? (zh ? "未填写" : "no value")
            switch indicator.origin {
            case .entered: break
            case .computed: value += zh ? "(由原始数据计算)" : " (computed from raw inputs)"
            case .undefined(let reason): value += zh ? "(无法计算:\(reason.message(.zh)))" : " (undefined: \(reason.message(.en)))"
            }
            prefix = "\(kpi?.name[language] ?? indicator.kpi) \(value)" + (zh ? "," : ", ")
        }
        switch indicator.basis {
        case .table(let scope, let row, let comparison):
            let scopeName = pack.scope(scope)?.name[language] ?? scope
            let sign = Vocabulary.comparison(comparison, direction: kpi?.direction ?? .higherIsBetter)
            let target = Vocabulary.quantity(row.value, unit: kpi?.unit, language)
            return prefix + (zh ? "须 \(sign) \(target)(\(scopeName),对标表第 \(row.line) 行 C\(row.industry) \(row.region) \(row.year)):\(outcome)"
                : "needs \(sign) \(target) (\"\(scopeName)\", benchmark table line \(row.line): C\(row.industry) \(row.region) \(row.year)): \(outcome)")
        case .benchmark(let scope, let benchmark, _, let comparison):
            let scopeName = pack.scope(scope)?.name[language] ?? scope
            let sign = Vocabulary.comparison(comparison, direction: kpi?.direction ?? .higherIsBetter)
            let target = Vocabulary.quantity(benchmark, unit: kpi?.unit, language)
            return prefix + (zh ? "须 \(sign) \(target)(\(scopeName)对标值):\(outcome)"
                : "needs \(sign) \(target) (benchmark for \"\(scopeName)\"): \(outcome)")
        case .declared(let scope, let meets, _):
            let scopeName = pack.scope(scope)?.name[language] ?? scope
            return prefix + (zh ? "企业声明\(meets ? "达到" : "未达到")“\(scopeName)”:\(outcome)"
                : "declared \(meets ? "to meet" : "not to meet") \"\(scopeName)\": \(outcome)")
        case .missing:
            return prefix + (zh ? "缺少对标值或声明:\(outcome)" : "no benchmark or declaration: \(outcome)")
        }
    }
}
