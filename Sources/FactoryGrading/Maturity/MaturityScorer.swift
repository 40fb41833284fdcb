/// Scores self-diagnosis answers with a maturity model's data (GB/T 39117 mechanics): pure.
public struct MaturityScorer: Sendable {
    public let model: MaturityModel

    public init(model: MaturityModel) { self.model = model }

    /// Scores `diagnosis` for a factory of `type`.
    public func score(_ diagnosis: SelfDiagnosis, type: Profile.ManufacturingType) -> MaturityScore {
        let satisfaction = Dictionary(model.satisfaction.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first })
        var questionsByKey: [String: [MaturityModel.Question]] = [:]
        for question in model.questionnaire.questions { questionsByKey["\(question.subdomain)#\(question.level)", default: []].append(question) }

        let weights = model.weights[type] ?? model.weights.values.first
        func applicable(_ subdomain: MaturityModel.Subdomain) -> Bool {
            subdomain.appliesTo.contains(type) && diagnosis.tailoring[subdomain.id] == nil
        }
        func normalised(_ raw: [Double]) -> [Double] {
            let sum = raw.reduce(0, +)
            return sum > 0 ? raw.map { $0 / sum } : raw.map { _ in 0 }
        }

        var subdomainScores: [MaturityScore.SubdomainScore] = []
        var elementScores: [MaturityScore.ElementScore] = []
        var levelScores = [Double?](repeating: 0, count: 5)
        var unanswered = 0
        let elementWeights = normalised(
            model.elements.map { element in
                element.domains.contains { $0.subdomains.contains(where: applicable) } ? weights?.elements[element.id] ?? 0 : 0
            })
        for (elementIndex, element) in model.elements.enumerated() {
            var elementLevels = [Double?](repeating: 0, count: 5)
            let domainWeights = normalised(
                element.domains.map { domain in domain.subdomains.contains(where: applicable) ? weights?.domains[domain.id] ?? 0 : 0 })
            for (domainIndex, domain) in element.domains.enumerated() {
                let subWeights = normalised(domain.subdomains.map { applicable($0) ? weights?.subdomains[$0.id] ?? 0 : 0 })
                for (subIndex, subdomain) in domain.subdomains.enumerated() {
                    let isApplicable = applicable(subdomain)
                    let weight = elementWeights[elementIndex] * domainWeights[domainIndex] * subWeights[subIndex]
                    let levels = (1...5).map { level -> Double? in
                        let questions = questionsByKey["\(subdomain.id)#\(level)"] ?? []
                        let scores = questions.compactMap { diagnosis.answers[$0.id].flatMap { satisfaction[$0] } }
                        if isApplicable { unanswered += questions.count - scores.count }
                        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
                    }
                    if isApplicable {
                        let inElement = domainWeights[domainIndex] * subWeights[subIndex]
                        for index in 0..<5 {
                            elementLevels[index] = levels[index].flatMap { score in elementLevels[index].map { $0 + inElement * score } }
                            levelScores[index] = levels[index].flatMap { score in levelScores[index].map { $0 + weight * score } }
                        }
                    }
                    subdomainScores.append(
                        MaturityScore.SubdomainScore(
                            subdomain: subdomain.id, element: element.id, domain: domain.id, levels: levels, weight: isApplicable ? weight : 0,
                            tailored: diagnosis.tailoring[subdomain.id]))
                }
            }
            elementScores.append(MaturityScore.ElementScore(element: element.id, levels: elementLevels))
        }

        let gate = model.levelGate
        var total: Double? = 0
        var workingLevel: Int? = nil
        for (index, score) in levelScores.enumerated() {
            guard let score else {
                total = nil
                workingLevel = workingLevel ?? index + 1
                break
            }
            if score >= gate.threshold {
                total = total.map { $0 + (gate.strategy == .cumulativeActual ? score : 1) }
            } else {
                total = total.map { $0 + score }
                workingLevel = index + 1
                break
            }
        }
        if workingLevel == nil { workingLevel = 5 }
        let level = total.flatMap { model.bands.level(for: min($0, model.bands.maximum)) }

        let ranked = subdomainScores.filter { $0.weight > 0 }.compactMap { score -> (String, Double, Double)? in
            guard let working = workingLevel, let value = score.levels[working - 1] else { return nil }
            return (score.subdomain, value, score.weight * (1 - value))
        }
        let strongest = ranked.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3).map(\.0)
        let weakest = ranked.filter { $0.2 > 0 }.sorted { ($0.2, $1.0) > ($1.2, $0.0) }.prefix(3).map(\.0)
        var unverified: [String] = []
        if model.satisfaction.contains(where: { !$0.verified }) { unverified.append("satisfaction") }
        if !gate.verified { unverified.append("levelGate") }
        if !model.bands.verified { unverified.append("bands") }
        return MaturityScore(
            model: model.reference, manufacturingType: type, strategy: gate.strategy, threshold: gate.threshold, levelScores: levelScores,
            total: total, level: level, workingLevel: workingLevel, elements: elementScores, subdomains: subdomainScores,
            strongest: Array(strongest), weakest: Array(weakest), provisionalWeights: weights?.provisional ?? true, unverified: unverified,
            unanswered: unanswered)
    }
}
