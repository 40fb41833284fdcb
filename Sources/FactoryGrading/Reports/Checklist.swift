/// What an enterprise must prepare for a tier, generated from the pack's rules: the shared basic
/// requirements once, then per tier the maturity gate, the construction items by area (required areas
/// first) and the outcomes.
public enum Checklist {
    /// The checklist for `tier` (with a cumulative ladder, also every lower tier), or for every tier when `tier` is `nil`.
    public static func render(pack: CriteriaPack, tier: String?, language: Language, markdown: Bool) -> String {
        let zh = language == .zh
        let target = tier.flatMap(pack.tier)
        let tiers: [Tier]
        if let target {
            tiers = pack.interpretation.ladder == .cumulative ? pack.tiers.filter { $0.rank <= target.rank } : [target]
        } else {
            tiers = pack.tiers
        }
        var lines: [String] = []
        let box = markdown ? "- [ ] " : "[ ] "
        func h1(_ text: String) { lines.append(markdown ? "# \(text)" : text) }
        func h2(_ text: String) {
            lines.append("")
            lines.append(markdown ? "## \(text)" : "== \(text) ==")
        }
        func h3(_ text: String) {
            lines.append("")
            lines.append(markdown ? "### \(text)" : "-- \(text)")
        }
        func code(_ id: String) -> String { markdown ? "`\(id)`" : id }
        func item(_ item: Item) {
            lines.append(box + "\(item.text[language]) (\(item.clause)) \(code(item.id))")
            if let guidance = item.guidance { lines.append((markdown ? "  " : "    ") + (zh ? "准备:" : "Prepare: ") + guidance[language]) }
        }
        h1("\(pack.title[language]) — \(zh ? "自评清单" : "checklist")")
        lines.append("")
        lines.append("\(pack.id) \(pack.version) · \(pack.documentNumber) · \(pack.issuer[language]) · \(pack.date)")
        var seenBase = Set<String>()
        let baseItems = tiers.flatMap(\.rules).compactMap { rule -> Item? in
            guard case .item(let id) = rule.kind, let item = pack.item(id), item.kind == .base, seenBase.insert(id).inserted else { return nil }
            return item
        }
        if !baseItems.isEmpty {
            h2(zh ? "基础要求(各等级通用)" : "Basic requirements (every tier)")
            baseItems.forEach(item)
        }
        for tier in tiers {
            h2("\(tier.name[language]) (\(tier.id))")
            lines.append(tier.summary[language])
            lines.append((zh ? "认定:" : "Recognition: ") + tier.recognition[language])
            for rule in tier.rules {
                switch rule.kind {
                case .ladder(let lower):
                    let name = pack.tier(lower)?.name[language] ?? lower
                    lines.append(box + (zh ? "须先达到\(name)" : "\(name) must be reached first") + " (\(rule.clause))")
                case .maturityGate(let level):
                    lines.append(box + (zh ? "智能制造能力成熟度(GB/T 39116)达到 \(level) 级及以上" : "GB/T 39116 maturity level \(level) or higher") + " (\(rule.clause))")
                case .item(let id):
                    guard let found = pack.item(id), found.kind != .base else { continue }
                case .coverage(let required, let exceptions):
                    let names = required.compactMap { pack.area($0)?.name[language] }.joined(separator: zh ? "、" : ", ")
                    h3((zh ? "建设内容 — 须覆盖:" : "Construction — required areas: ") + names + " (\(rule.clause))")
                    if exceptions == .withJustification {
                        let maximum = pack.interpretation.maxExceptedAreas
                        lines.append(zh ? "原则上全部覆盖;至多 \(maximum) 个环节可书面说明例外,须经审核认可。"
                            : "All areas in principle; at most \(maximum) area(s) may be excepted with a written justification that a reviewer accepts.")
                    }
                    let ordered = pack.areas.filter { required.contains($0.id) } + pack.areas.filter { !required.contains($0.id) }
                    for area in ordered {
                        let items = pack.constructionItems(tier: tier.id, area: area.id)
                        guard !items.isEmpty else { continue }
                        let status = required.contains(area.id) ? (zh ? "必须" : "required") : (zh ? "鼓励" : "encouraged")
                        lines.append("")
                        lines.append((markdown ? "**\(area.name[language])** (\(status))" : "  \(area.name[language]) (\(status))"))
                        if markdown { lines.append("") }
                        items.forEach(item)
                    }
                case .kpiScope(let scope):
                    let scopeName = pack.scope(scope)?.name[language] ?? scope
                    let count = pack.interpretation.mainIndicatorsMinimumCount
                    h3(zh ? "建设成效" : "Outcomes")
                    lines.append(box + (zh ? "至少 \(count) 项主要技术经济指标(附1 关键绩效指标),每项均须\(scopeName)"
                        : "At least \(count) main indicators (KPIs of 附1), each \(scopeName)") + " (\(rule.clause))")
                }
            }
            for rule in tier.rules {
                if case .item(let id) = rule.kind, let found = pack.item(id), found.kind != .base { item(found) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
