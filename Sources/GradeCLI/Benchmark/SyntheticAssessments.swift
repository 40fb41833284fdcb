import FactoryGrading

/// A small, fast, seedable random number generator (SplitMix64), so synthetic data is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Deterministic synthetic assessments spread over every tier, for benchmarks.
enum SyntheticAssessments {
    /// What the synthetic documents hold.
    enum Documents: String {
        /// What every assessment holds: all items answered, the maturity result of an official report, and
        /// the 20 KPIs as values, main indicators with benchmarked comparisons.
        case core
        /// The core, plus the optional parts that cost the most to read and grade: a self-diagnosis
        /// questionnaire scored with the maturity model, and half the KPIs as raw inputs computed with their
        /// formulas.
        case full
    }

    /// Raw inputs that compute to `value` with the KPI's formula.
    static func raw(for kpi: KPI, value: Double) -> KPIRawInputs? {
        let change: IdentifierMap<String> = ["baselinePeriod": "2023", "measurementPeriod": "2025"]
        switch kpi.formula.kind {
        case .relativeIncrease: return KPIRawInputs(values: ["before": 200, "after": 200 * (1 + value / 100)], periods: change)
        case .relativeDecrease: return KPIRawInputs(values: ["before": 200, "after": 200 * (1 - value / 100)], periods: change)
        case .ratio: return value <= 100 ? KPIRawInputs(values: ["part": value * 2, "whole": 200], periods: ["period": "2025"]) : nil
        case .count: return KPIRawInputs(values: ["count": value.rounded()], periods: ["period": "2025"])
        case .oeeIncrease:
            let before = KPIRawInputs.OEE(availability: 80, performance: 80, quality: 100)
            let after = KPIRawInputs.OEE(availability: 80, performance: 80 * (1 + value / 100), quality: 100)
            return after.performance <= 100 ? KPIRawInputs(periods: change, oee: ["before": before, "after": after]) : nil
        }
    }

    /// `count` assessments answering `pack`; `core` and `full` documents of the same seed differ only in
    /// the full documents' optional parts (the same random draws are made for both).
    static func generate(count: Int, pack: CriteriaPack, model: MaturityModel?, documents: Documents = .full, seed: UInt64 = 2025)
        -> [Assessment]
    {
        var random = SplitMix64(seed: seed)
        let regions = ["130100", "130200", "130300", "130400", "130500", "130600", "130700", "130800", "130900", "131000", "131100"]
        let industries = ["C3484", "C3670", "C2614", "C3130", "C3841", "C2710", "C1391", "C3311"]
        return (0..<count).map { index in
            let aim = Int.random(in: 0...pack.tiers.count, using: &random)
            var answers: IdentifierMap<Answer> = [:]
            answers.reserveCapacity(pack.items.count)
            for item in pack.items {
                let rank = item.tier.flatMap(pack.tier)?.rank ?? 1
                let likely = rank <= aim
                let roll = Double.random(in: 0..<1, using: &random)
                let status: AnswerStatus? =
                    roll < 0.005 ? nil : ((likely ? roll < 0.995 : roll < 0.35) ? .met : .notMet)
                answers[item.id] = Answer(status, evidence: roll < 0.1 ? "系统记录编号 \(index)-\(item.id.count)" : nil)
            }
            let level = min(5, max(1, aim + Int.random(in: 0...1, using: &random)))
            let score = min(5, Double(level) - 0.2 + Double(Int.random(in: 0..<100, using: &random)) / 100)
            var diagnosis: SelfDiagnosis?
            if let model {
                var answers: IdentifierMap<String> = [:]
                let grades = model.satisfaction.map(\.id)
                for question in model.questionnaire.questions where question.level <= level + 1 {
                    answers[question.id] = question.level <= level ? grades[0] : grades[Int.random(in: 1..<grades.count, using: &random)]
                }
                diagnosis = SelfDiagnosis(model: model.reference, answers: answers)
            }
            let maturity = MaturityResult(
                level: level, score: score, source: .official,
                reportNumber: "SYN-\(index)", reportDate: "2026-06-01", selfDiagnosis: documents == .full ? diagnosis : nil)
            var kpis: IdentifierMap<KPIEntry> = [:]
            for (position, kpi) in pack.kpis.enumerated() {
                let main = position % 5 == index % 5 || position % 7 == index % 7
                var comparisons: IdentifierMap<KPIComparison> = [:]
                let base = Double(Int.random(in: 5...40, using: &random))
                if main {
                    for scope in pack.kpiScopes where scope.rank <= aim + 1 {
                        comparisons[scope.id] = .benchmark(value: base + Double(scope.rank * 5), source: "合成对标数据")
                    }
                }
                let margin = Double.random(in: 0..<1, using: &random) < 0.97 ? Double(Int.random(in: 1...3, using: &random)) : -3
                let value = base + Double(aim * 5) + margin
                let bounded = kpi.range.max.map { min($0, value) } ?? value
                kpis[kpi.id] = KPIEntry(value: bounded, main: main, comparisons: comparisons)
                if documents == .full, position % 2 == 0 { kpis[kpi.id]?.raw = Self.raw(for: kpi, value: bounded) }
                if kpis[kpi.id]?.raw != nil { kpis[kpi.id]?.value = nil }
            }
            let prefix = "91" + regions[index % regions.count] + "MA0" + String(100_000 + index % 900_000).suffix(5) + "X"
            let profile = Profile(
                enterpriseName: "合成测试企业\(index)", creditCode: CreditCode.checkCharacter(for: String(prefix.prefix(17))).map { String(prefix.prefix(17)) + String($0) },
                regionCode: regions[index % regions.count], industryCode: industries[index % industries.count],
                manufacturingType: index % 3 == 0 ? .process : .discrete, annualRevenue: Double(30_000_000 + index * 1000),
                assessor: "基准测试", assessmentDate: "2026-10-01")
            return Assessment(pack: pack.reference, profile: profile, answers: answers, maturity: maturity, kpis: kpis)
        }
    }
}
