/// Something a qualified verdict depends on that a reviewer still has to accept.
public enum Condition: Sendable, Hashable {
    /// The maturity level is an in-tool estimate, not an official assessment.
    case estimatedMaturity(level: Int)
    /// A construction area counts as covered only if a reviewer accepts the written justification.
    case areaException(tier: String, area: String, items: [String])
    /// A KPI meets its benchmark scope on the assessor's own declaration, not a benchmark value.
    case declaredComparison(kpi: String, scope: String)

    /// The condition in words.
    public func message(_ language: Language, pack: CriteriaPack) -> String {
        let zh = language == .zh
        switch self {
        case .estimatedMaturity(let level):
            return zh ? "成熟度等级 \(level) 为工具内预诊断估计,须以正式评估报告确认"
                : "maturity level \(level) is an in-tool estimate; an official assessment report must confirm it"
        case .areaException(let tier, let area, let items):
            let tierName = pack.tier(tier)?.name[language] ?? tier
            let areaName = pack.area(area)?.name[language] ?? area
            return zh ? "\(tierName)“\(areaName)”环节以书面理由说明例外(\(items.count) 项),须经审核部门认可"
                : "\(tierName): the \(areaName) area is excepted with a written justification (\(Problem.count(items.count, "item"))); a reviewer must accept it"
        case .declaredComparison(let kpi, let scope):
            let kpiName = pack.kpi(kpi)?.name[language] ?? kpi
            let scopeName = pack.scope(scope)?.name[language] ?? scope
            return zh ? "“\(kpiName)”达到“\(scopeName)”系企业自行声明,未提供对标数值"
                : "\(kpiName) meeting \"\(scopeName)\" is the assessor's declaration, not a benchmarked value"
        }
    }
}
