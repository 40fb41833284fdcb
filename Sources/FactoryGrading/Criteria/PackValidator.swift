/// Cross-reference checks of a decoded pack: unique ids, references that resolve, every passage used or
/// explained, every coverage rule backed by items.
struct PackValidator {
    let pack: CriteriaPack

    func problems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        func error(_ problem: Problem, _ path: JSONPath) { found.append(.error(problem, at: path)) }
        func unique(_ ids: [String], _ path: (Int) -> JSONPath) {
            var seen = Set<String>()
            for (index, id) in ids.enumerated() where !seen.insert(id).inserted { error(.duplicateID(id), path(index)) }
        }
        let root = JSONPath.root
        unique(pack.passages.map(\.id)) { root.appending("passages").appending($0).appending("id") }
        unique(pack.tiers.map(\.id)) { root.appending("tiers").appending($0).appending("id") }
        unique(pack.areas.map(\.id)) { root.appending("areas").appending($0).appending("id") }
        unique(pack.areas.flatMap { $0.segments.map(\.id) }) { _ in root.appending("areas") }
        unique(pack.items.map(\.id)) { root.appending("items").appending($0).appending("id") }
        unique(pack.kpiCategories.map(\.id)) { root.appending("kpiCategories").appending($0).appending("id") }
        unique(pack.kpis.map(\.id)) { root.appending("kpis").appending($0).appending("id") }
        unique(pack.kpis.map { String($0.number) }) { root.appending("kpis").appending($0).appending("number") }
        unique(pack.kpiScopes.map(\.id)) { root.appending("kpiScopes").appending($0).appending("id") }
        unique(pack.parameters.map(\.id)) { root.appending("parameters").appending($0).appending("id") }
        unique(pack.tiers.flatMap { $0.rules.map(\.id) }) { _ in root.appending("tiers") }

        var referenced = Set<String>()
        func passage(_ id: String?, _ path: JSONPath) {
            guard let id else { return }
            referenced.insert(id)
            if pack.passage(id) == nil { error(.unresolvedReference(id), path.appending("passage")) }
        }
        let tierIDs = Set(pack.tiers.map(\.id))
        let areaIDs = Set(pack.areas.map(\.id))
        for (index, tier) in pack.tiers.enumerated() {
            let tierPath = root.appending("tiers").appending(index)
            passage(tier.passage, tierPath)
            for (ruleIndex, rule) in tier.rules.filter({ $0.kind.name != "ladder" }).enumerated() {
                let rulePath = tierPath.appending("rules").appending(ruleIndex)
                passage(rule.passage, rulePath)
                if !rule.id.hasPrefix(tier.id + "/") { error(.ruleOutsideTier(rule.id, tier: tier.id), rulePath.appending("id")) }
                switch rule.kind {
                case .item(let id):
                    if pack.item(id) == nil { error(.unresolvedReference(id), rulePath.appending("item")) }
                case .coverage(let areas, _):
                    for area in areas {
                        if !areaIDs.contains(area) {
                            error(.unresolvedReference(area), rulePath.appending("requiredAreas"))
                        } else if pack.coverageItems(tier: tier, area: area).isEmpty {
                            error(.packIncomplete("\(tier.id) × \(area)"), rulePath.appending("requiredAreas"))
                        }
                    }
                case .kpiScope(let scope):
                    if pack.scope(scope) == nil { error(.unresolvedReference(scope), rulePath.appending("scope")) }
                case .maturityGate, .ladder:
                    break
                }
            }
        }
        for (index, area) in pack.areas.enumerated() { passage(area.passage, root.appending("areas").appending(index)) }
        for (index, item) in pack.items.enumerated() {
            let path = root.appending("items").appending(index)
            passage(item.passage, path)
            if let tier = item.tier, !tierIDs.contains(tier) { error(.unresolvedReference(tier), path.appending("tier")) }
            if let area = item.area, !areaIDs.contains(area) { error(.unresolvedReference(area), path.appending("area")) }
        }
        let categoryIDs = Set(pack.kpiCategories.map(\.id))
        for (index, kpi) in pack.kpis.enumerated() {
            let path = root.appending("kpis").appending(index)
            passage(kpi.passage, path)
            if !categoryIDs.contains(kpi.category) { error(.unresolvedReference(kpi.category), path.appending("category")) }
        }
        for (index, passage) in pack.passages.enumerated()
        where passage.informational == nil && !referenced.contains(passage.id) {
            error(.unreferencedPassage(passage.id), root.appending("passages").appending(index))
        }
        for (index, parameter) in pack.parameters.enumerated() {
            if let item = parameter.appliesTo, pack.item(item) == nil {
                error(.unresolvedReference(item), root.appending("parameters").appending(index).appending("appliesTo"))
            }
        }
        let missing = InterpretationParameters.knownIDs.filter { id in !pack.parameters.contains { $0.id == id } }
        for id in missing { error(.missingField(id), root.appending("parameters")) }
        if pack.passages.isEmpty { error(.packIncomplete("passages"), root.appending("passages")) }
        if pack.tiers.isEmpty { error(.packIncomplete("tiers"), root.appending("tiers")) }
        if pack.areas.isEmpty { error(.packIncomplete("areas"), root.appending("areas")) }
        if pack.kpiScopes.isEmpty { error(.packIncomplete("kpiScopes"), root.appending("kpiScopes")) }
        return found
    }
}
