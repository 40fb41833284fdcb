extension GapReport {
    /// The gaps as lines of text, grouped: items by section and area, maturity, main indicators.
    /// With `ids` false the item ids are left out (for narrow screens).
    public func lines(_ language: Language, pack: CriteriaPack, markdown: Bool = false, ids: Bool = true) -> [String] {
        let zh = language == .zh
        let targetName = pack.tier(target)?.name[language] ?? target
        let currentName = current.flatMap(pack.tier)?.name[language] ?? Vocabulary.none[language]
        var lines: [String] = []
        let bullet = markdown ? "- " : "  - "
        lines.append(zh ? "目标等级:\(targetName)(当前:\(currentName))" : "Target tier: \(targetName) (now: \(currentName))")
        if alreadyQualified {
            lines.append(zh ? "已达到目标等级,无需补齐。" : "The target tier is reached already; nothing is missing.")
        } else if isEmpty {
            lines.append(zh ? "没有可列出的差距。" : "No gaps to list.")
        }
        if !alreadyQualified { lines += gapLines(language, pack: pack, markdown: markdown, ids: ids) }
        if !conditions.isEmpty {
            lines.append("")
            lines.append(heading(zh ? "须经审核认可的条件" : "Conditions a reviewer must accept", markdown))
            for condition in conditions { lines.append(bullet + condition.message(language, pack: pack)) }
        }
        return lines
    }

    private func gapLines(_ language: Language, pack: CriteriaPack, markdown: Bool, ids: Bool) -> [String] {
        let zh = language == .zh
        let bullet = markdown ? "- " : "  - "
        var lines: [String] = []
        if !items.isEmpty {
            lines.append("")
            lines.append(heading(zh ? "须达到的条目(\(items.count) 项)" : "Items to meet (\(items.count))", markdown))
            var groups: [(title: String, items: [ItemGap])] = []
            for gap in items {
                let item = pack.item(gap.item)
                let title: String
                switch item?.kind {
                case .construction?:
                    let area = item?.area.flatMap(pack.area)?.name[language] ?? ""
                    let tier = item?.tier.flatMap(pack.tier)?.name[language] ?? ""
                    title = zh ? "建设内容 · \(area)(\(tier))" : "Construction · \(area) (\(tier))"
                case .outcome?:
                    let tier = item?.tier.flatMap(pack.tier)?.name[language] ?? ""
                    title = zh ? "建设成效(\(tier))" : "Outcomes (\(tier))"
                default:
                    title = zh ? "基础要求" : "Basic requirements"
                }
                if groups.last?.title == title { groups[groups.count - 1].items.append(gap) } else { groups.append((title, [gap])) }
            }
            for group in groups {
                lines.append("")
                lines.append(markdown ? "**\(group.title)**" : " " + group.title)
                if markdown { lines.append("") }
                for gap in group.items {
                    let item = pack.item(gap.item)
                    let text = item?.text[language] ?? gap.item
                    let clause = item?.clause ?? ""
                    let now = Vocabulary.answer(gap.status)[language]
                    let id = !ids ? "" : markdown ? "`\(gap.item)`" : gap.item
                    lines.append(bullet + (zh ? "\(text)(\(clause);当前:\(now))\(id)" : "\(text) (\(clause); now: \(now)) \(id)"))
                }
            }
        }
        if let maturity {
            lines.append("")
            lines.append(heading(zh ? "智能制造能力成熟度" : "Maturity", markdown))
            let now = maturity.current.map { zh ? "\($0) 级" : "level \($0)" } ?? (zh ? "未提供" : "not given")
            lines.append(bullet + (zh ? "须达到 GB/T 39116 \(maturity.required) 级及以上(当前:\(now))"
                : "reach GB/T 39116 level \(maturity.required) or higher (now: \(now))"))
            if !maturity.improve.isEmpty, let working = maturity.workingLevel {
                let names = maturity.improve.map { $0.name[language] }.joined(separator: zh ? "、" : ", ")
                lines.append(bullet + (zh ? "按快速预诊断,提升这些能力子域最能提高 \(working) 级得分:\(names)"
                    : "per the quick self-diagnosis, improving these sub-domains lifts the level \(working) score most: \(names)"))
            }
        }
        if let kpis {
            lines.append("")
            lines.append(heading(zh ? "主要技术经济指标" : "Main indicators", markdown))
            let names = { (ids: [String]) in
                ids.map { pack.kpi($0)?.name[language] ?? $0 }.joined(separator: zh ? "、" : ", ")
            }
            lines.append(bullet + (zh ? "建议列为主要指标:\(names(kpis.proposedMain))" : "present as main indicators: \(names(kpis.proposedMain))"))
            if !kpis.add.isEmpty { lines.append(bullet + (zh ? "新增列出:\(names(kpis.add))" : "add: \(names(kpis.add))")) }
            if !kpis.drop.isEmpty {
                lines.append(bullet + (zh ? "不再列为主要指标:\(names(kpis.drop))" : "no longer present as main indicators: \(names(kpis.drop))"))
            }
            for group in KPIShortfall.grouped(kpis.shortfalls) {
                lines.append(bullet + KPIShortfall.text(group, language, pack: pack))
            }
        }
        return lines
    }

    private func heading(_ text: String, _ markdown: Bool) -> String { markdown ? "### \(text)" : text }
}

extension KPIShortfall {
    /// `shortfalls` in order, with each run of one KPI's declared shortfalls (one per scope) taken together.
    static func grouped(_ shortfalls: [KPIShortfall]) -> [[KPIShortfall]] {
        var groups: [[KPIShortfall]] = []
        for shortfall in shortfalls {
            if shortfall.need == .declaredShort, let last = groups.last?.last, last.need == .declaredShort, last.kpi == shortfall.kpi {
                groups[groups.count - 1].append(shortfall)
            } else {
                groups.append([shortfall])
            }
        }
        return groups
    }

    /// One line for `group`: a single shortfall, or one KPI declared short of one or more scopes.
    static func text(_ group: [KPIShortfall], _ language: Language, pack: CriteriaPack) -> String {
        guard let first = group.first else { return "" }
        guard first.need == .declaredShort else { return first.text(language, pack: pack) }
        let zh = language == .zh
        let name = pack.kpi(first.kpi)?.name[language] ?? first.kpi
        let scopes = group.map { pack.scope($0.scope)?.name[language] ?? $0.scope }
        return zh ? "\(name):企业声明未达到" + scopes.map { "“\($0)”" }.joined(separator: "、") + ",须提升后重新对标"
            : "\(name): declared short of " + scopes.map { "\"\($0)\"" }.joined(separator: ", ") + "; improve and compare again"
    }

    /// What the KPI needs, in words, with values in the KPI's unit.
    public func text(_ language: Language, pack: CriteriaPack) -> String {
        let zh = language == .zh
        let kpi = pack.kpi(self.kpi)
        let name = kpi?.name[language] ?? self.kpi
        let scopeName = pack.scope(scope)?.name[language] ?? scope
        switch need {
        case .value:
            return zh ? "\(name):填写指标数值并提供“\(scopeName)”对标值或声明"
                : "\(name): enter its value, and a benchmark or declaration for \"\(scopeName)\""
        case .comparison:
            return zh ? "\(name):提供“\(scopeName)”对标值(附来源)或附证据的声明"
                : "\(name): give a benchmark for \"\(scopeName)\" (with its source), or a declaration with evidence"
        case .improvement(let value, let benchmark, let comparison):
            let sign = Vocabulary.comparison(comparison, direction: kpi?.direction ?? .higherIsBetter)
            let now = Vocabulary.quantity(value, unit: kpi?.unit, language)
            let target = Vocabulary.quantity(benchmark, unit: kpi?.unit, language)
            let amount = (abs(benchmark - value) * 1e6).rounded() / 1e6
            // A gap between two percentages is in percentage points; past a strict benchmark it is "more than" the gap.
            let difference =
                kpi?.unit.en == "%"
                ? Vocabulary.quantity(amount, unit: nil, language) + (zh ? " 个百分点" : amount == 1 ? " percentage point" : " percentage points")
                : Vocabulary.quantity(amount, unit: kpi?.unit, language)
            let strict = comparison == .greaterThan
            return zh ? "\(name):当前 \(now),须 \(sign) \(target)(\(scopeName)),差 \(difference)\(strict ? "以上" : "")"
                : "\(name): now \(now), needs \(sign) \(target) (\(scopeName)), short by \(strict ? "more than " : "")\(difference)"
        case .declaredShort:
            return Self.text([self], language, pack: pack)
        }
    }
}

extension GapReport {
    /// The gaps as JSON.
    public func json(_ language: Language, pack: CriteriaPack) -> JSONValue {
        .object([
            "target": .string(target),
            "current": .string(current ?? "none"),
            "alreadyQualified": .bool(alreadyQualified),
            "tiers": .array(tiers.map(JSONValue.string)),
            "items": .array(
                items.map { gap in
                    .object([
                        "item": .string(gap.item),
                        "answer": gap.status.map { .string($0.rawValue) } ?? .null,
                        "neededBy": .array(gap.neededBy.map(JSONValue.string)),
                        "text": .optional(pack.item(gap.item)?.text[language]),
                        "clause": .optional(pack.item(gap.item)?.clause),
                    ])
                }),
            "maturity": maturity.map { gap in
                .object([
                    "current": gap.current.map { .number(Double($0)) } ?? .null,
                    "required": .number(Double(gap.required)),
                    "neededBy": .array(gap.neededBy.map(JSONValue.string)),
                    "improve": .array(gap.improve.map { .string($0.id) }),
                ])
            } ?? .null,
            "conditions": .array(conditions.map { $0.json(language, pack: pack) }),
            "kpis": kpis.map { plan in
                .object([
                    "proposedMain": .array(plan.proposedMain.map(JSONValue.string)),
                    "add": .array(plan.add.map(JSONValue.string)),
                    "drop": .array(plan.drop.map(JSONValue.string)),
                    "shortfalls": .array(plan.shortfalls.map { $0.json(language, pack: pack) }),
                    "neededBy": .array(plan.neededBy.map(JSONValue.string)),
                ])
            } ?? .null,
        ])
    }
}

extension KPIShortfall {
    func json(_ language: Language, pack: CriteriaPack) -> JSONValue {
        var members: [JSONMember] = [JSONMember("kpi", .string(kpi)), JSONMember("scope", .string(scope))]
        switch need {
        case .value: members.append(JSONMember("need", "value"))
        case .comparison: members.append(JSONMember("need", "comparison"))
        case .declaredShort: members.append(JSONMember("need", "declaredShort"))
        case .improvement(let value, let benchmark, let comparison):
            members += [
                JSONMember("need", "improvement"), JSONMember("value", .number(value)), JSONMember("benchmark", .number(benchmark)),
                JSONMember("comparison", .string(comparison.rawValue)),
            ]
        }
        members.append(JSONMember("message", .string(text(language, pack: pack))))
        return .object(members)
    }
}
