extension Assessment {
    /// Checks the assessment against the pack it names: every item, KPI and scope id must exist,
    /// exceptions only where a coverage rule allows them, KPI values within their valid range.
    ///
    /// Warnings flag values outside their plausible range, a region outside the pack's, and
    /// unanswered items. The pack reference itself is the caller's to match (see ``PackCatalog``).
    public func validate(against pack: CriteriaPack) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let answersPath = JSONPath.root.appending("answers")
        let exceptableTiers = Set(
            pack.tiers.filter { tier in
                tier.rules.contains { rule in
                    if case .coverage(_, .withJustification) = rule.kind { return true }
                    return false
                }
            }.map(\.id))
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let item = pack.item(id) else {
                found.append(.error(.unknownItem(id), at: answersPath.appending(id)))
                continue
            }
            if answer.status == .excepted {
                let allowed = item.kind == .construction && item.tier.map(exceptableTiers.contains) == true
                if !allowed { found.append(.error(.exceptionNotAllowed(id), at: answersPath.appending(id).appending("status"))) }
            }
        }
        let kpisPath = JSONPath.root.appending("kpis")
        let scopeIDs = pack.kpiScopes.map(\.id)
        for (id, entry) in kpis.sorted(by: { $0.key < $1.key }) {
            let path = kpisPath.appending(id)
            guard let kpi = pack.kpi(id) else {
                found.append(.error(.unknownKPI(id), at: path))
                continue
            }
            let values = [(entry.value, path.appending("value"))]
                + entry.comparisons.sorted { $0.key < $1.key }.compactMap { scope, comparison -> (Double?, JSONPath)? in
                    guard case .benchmark(let value, _) = comparison else { return nil }
                    return (value, path.appending("comparisons").appending(scope).appending("benchmark"))
                }
            for case (let value?, let valuePath) in values {
                if !kpi.range.contains(value) {
                    found.append(.error(.outOfRange(value, min: kpi.range.min, max: kpi.range.max), at: valuePath))
                } else if kpi.valueType == .count, value != value.rounded() {
                    found.append(.error(.countNotWhole(value), at: valuePath))
                } else if !kpi.plausible.contains(value) {
                    found.append(.warning(.implausibleKPI(value, min: kpi.plausible.min, max: kpi.plausible.max), at: valuePath))
                }
            }
            for scope in entry.comparisons.keys.sorted() where !scopeIDs.contains(scope) {
                found.append(.error(.unknownScope(scope, allowed: scopeIDs), at: path.appending("comparisons").appending(scope)))
            }
            if entry.main == true, entry.value == nil {
                found.append(.warning(.mainIndicatorWithoutValue(id), at: path))
            }
        }
        if let region = profile.regionCode, !region.hasPrefix(pack.region) {
            found.append(.warning(.regionOutsidePack(region, packRegion: pack.region), at: JSONPath.root.appending("profile").appending("regionCode")))
        }
        let answered = pack.items.filter { answers[$0.id]?.status != nil }.count
        if answered < pack.items.count {
            found.append(.warning(.unanswered(answered: answered, total: pack.items.count), at: answersPath))
        }
        return found
    }
}
