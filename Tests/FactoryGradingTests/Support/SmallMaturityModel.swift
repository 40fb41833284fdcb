import BundledCriteria
import Foundation
import Testing

@testable import FactoryGrading

/// Maturity models small enough to score by hand, built as values in code.
///
/// `SmallModel.make()` is this tree (weights are the same for discrete and process):
///
///     personnel  0.5 ─ org      1    ─ strategy   1
///     technology 0.5 ─ data     0.5  ─ collection 0.75
///                                    └ analytics  0.25
///                    └ security 0.5  ─ security   1
///
/// so the effective weight of each sub-domain in a level score is (element × domain × sub-domain):
///
///     strategy   0.5 × 1   × 1    = 0.5
///     collection 0.5 × 0.5 × 0.75 = 0.1875
///     analytics  0.5 × 0.5 × 0.25 = 0.0625
///     security   0.5 × 0.5 × 1    = 0.25      (sum 1)
///
/// The answer scale is full 1, most 0.8, partial 0.5, none 0 (and `almost` 0.79 for band-edge tests);
/// the gate threshold is 0.8 and the bands' lower edges are 0.8, 1.8, 2.8, 3.8, 4.8 (maximum 5).
/// Every sub-domain has one question per level, `q.<sub-domain>.<level>`.
enum SmallModel {
    static let reference = PackReference(id: "small-model", version: "1.0.0")

    /// Sub-domains in model order.
    static let subdomainIDs = ["strategy", "collection", "analytics", "security"]

    struct Node {
        var id: String
        var weight: Double
        var children: [Node] = []
    }

    static let tree: [Node] = [
        Node(id: "personnel", weight: 0.5, children: [Node(id: "org", weight: 1, children: [Node(id: "strategy", weight: 1)])]),
        Node(
            id: "technology", weight: 0.5,
            children: [
                Node(id: "data", weight: 0.5, children: [Node(id: "collection", weight: 0.75), Node(id: "analytics", weight: 0.25)]),
                Node(id: "security", weight: 0.5, children: [Node(id: "security", weight: 1)]),
            ]),
    ]

    /// One element, one domain, one sub-domain (`only`, weight 1): a level score is exactly the answer's score.
    static let singleTree: [Node] = [
        Node(id: "element", weight: 1, children: [Node(id: "domain", weight: 1, children: [Node(id: "only", weight: 1)])])
    ]

    static func text(_ words: String) -> LocalizedText { LocalizedText(zh: words, en: words) }

    static let scale: [(String, Double)] = [("full", 1), ("most", 0.8), ("partial", 0.5), ("none", 0), ("almost", 0.79)]

    static func make(
        strategy: MaturityModel.GateStrategy = .cumulativeActual, tree: [Node] = SmallModel.tree, verified: Bool = false,
        provisional: Bool = true
    ) -> MaturityModel {
        var elementWeights: [String: Double] = [:]
        var domainWeights: [String: Double] = [:]
        var subdomainWeights: [String: Double] = [:]
        var questions: [MaturityModel.Question] = []
        let elements = tree.map { element -> MaturityModel.Element in
            elementWeights[element.id] = element.weight
            return MaturityModel.Element(
                id: element.id, name: text(element.id), verified: true,
                domains: element.children.map { domain in
                    domainWeights[domain.id] = domain.weight
                    return MaturityModel.Domain(
                        id: domain.id, name: text(domain.id), verified: true,
                        subdomains: domain.children.map { subdomain in
                            subdomainWeights[subdomain.id] = subdomain.weight
                            for level in 1...5 {
                                questions.append(
                                    MaturityModel.Question(
                                        id: "q.\(subdomain.id).\(level)", subdomain: subdomain.id, level: level,
                                        text: text("\(subdomain.id) at level \(level)?")))
                            }
                            return MaturityModel.Subdomain(id: subdomain.id, name: text(subdomain.id), verified: true, appliesTo: [.discrete, .process])
                        })
                })
        }
        let weights = MaturityModel.Weights(
            provisional: provisional, source: text("hand-made"), elements: elementWeights, domains: domainWeights, subdomains: subdomainWeights)
        return MaturityModel(
            id: reference.id, version: reference.version, title: text("Small model"), standards: text("none"), notes: [],
            levels: (1...5).map { MaturityModel.Level(level: $0, name: text("L\($0)"), meaning: text("level \($0)"), verified: true) },
            satisfaction: scale.map { MaturityModel.Satisfaction(id: $0.0, name: text($0.0), score: $0.1, verified: verified) },
            elements: elements, weights: [.discrete: weights, .process: weights],
            levelGate: MaturityModel.LevelGate(threshold: 0.8, strategy: strategy, verified: verified, rationale: text("test")),
            bands: MaturityModel.Bands(lowerEdges: [0.8, 1.8, 2.8, 3.8, 4.8], maximum: 5, verified: verified, rationale: text("test")),
            questionnaire: MaturityModel.Questionnaire(title: text("Quick check"), disclaimer: text("an estimate"), questions: questions))
    }

    /// Answers given level by level: `levels[0]` maps sub-domain → grade at level 1, and so on.
    static func diagnosis(_ levels: [[String: String]], tailoring: [String: String] = [:]) -> SelfDiagnosis {
        var answers: IdentifierMap<String> = [:]
        for (index, grades) in levels.enumerated() {
            for (subdomain, grade) in grades.sorted(by: { $0.key < $1.key }) { answers["q.\(subdomain).\(index + 1)"] = grade }
        }
        return SelfDiagnosis(model: reference, answers: answers, tailoring: IdentifierMap(tailoring))
    }

    /// Every sub-domain of `make()` answered `grade`.
    static func all(_ grade: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: subdomainIDs.map { ($0, grade) })
    }

    /// Scores `levels` (see ``diagnosis(_:tailoring:)``) with `make(strategy:)`.
    static func score(
        _ levels: [[String: String]], strategy: MaturityModel.GateStrategy = .cumulativeActual, tailoring: [String: String] = [:],
        type: Profile.ManufacturingType = .discrete
    ) -> MaturityScore {
        MaturityScorer(model: make(strategy: strategy)).score(diagnosis(levels, tailoring: tailoring), type: type)
    }
}

extension MaturityScore {
    /// The score of sub-domain `id`.
    func subdomain(_ id: String) -> SubdomainScore? { subdomains.first { $0.subdomain == id } }

    /// Effective weights by sub-domain id.
    var weights: [String: Double] { Dictionary(uniqueKeysWithValues: subdomains.map { ($0.subdomain, $0.weight) }) }
}

/// Whether `a` and `b` agree to within `tolerance` (the hand-worked numbers are decimal; the scorer's are binary).
func nearly(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): abs(a - b) <= tolerance
    default: false
    }
}

/// Element-wise ``nearly(_:_:tolerance:)`` for level-score lists.
func nearly(_ a: LevelScores?, _ b: [Double?], tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return b.count == 5 && zip(a, b).allSatisfy { nearly($0, $1, tolerance: tolerance) }
}

/// The bundled GB/T 39116 model file and its parsed forms.
enum BundledModel {
    static let reference = PackReference(id: "gbt39116-2020", version: "1.0.0")

    static var url: URL? { BundledCriteria.maturityDirectory?.appendingPathComponent("gbt39116-2020/1.0.0.json") }

    static let bytes: Result<[UInt8], any Error> = Result {
        guard let url else { throw FixtureError.noBundledPacks }
        return Array(try Data(contentsOf: url))
    }

    static let loaded: Result<MaturityModel, any Error> = Result { try MaturityModel(jsonBytes: try bytes.get()) }

    static func model() throws -> MaturityModel { try loaded.get() }

    static func document() throws -> JSONValue { try JSONParser.parse(try bytes.get()) }

    /// The diagnostics of loading the bundled model file after `edit` (empty when it loads).
    static func diagnostics(after edit: (inout JSONValue) throws -> Void) throws -> [Diagnostic] {
        var document = try document()
        try edit(&document)
        do {
            _ = try MaturityModel(jsonBytes: JSONWriter(style: .compact).bytes(document))
            return []
        } catch {
            return error.diagnostics
        }
    }
}
