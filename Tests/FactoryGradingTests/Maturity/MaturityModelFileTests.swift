import Testing

@testable import FactoryGrading

@Suite("Maturity model file: the bundled GB/T 39116 model and bad model files")
struct MaturityModelFileTests {
    @Test("the bundled model loads: 5 levels, 20 sub-domains, 100 questions, one per sub-domain and level")
    func bundledShape() throws {
        let model = try BundledModel.model()
        #expect(model.reference == BundledModel.reference)
        #expect(model.levels.map(\.level) == [1, 2, 3, 4, 5])
        #expect(model.elements.count == 4)
        let subdomains = model.subdomains.map(\.subdomain.id)
        #expect(subdomains.count == 20)
        #expect(Set(subdomains).count == 20)
        let questions = model.questionnaire.questions
        #expect(questions.count == 100)
        #expect(Set(questions.map(\.id)).count == 100)
        struct Key: Hashable {
            var subdomain: String
            var level: Int
        }
        let keys = Set(questions.map { Key(subdomain: $0.subdomain, level: $0.level) })
        let expected = Set(subdomains.flatMap { id in (1...5).map { Key(subdomain: id, level: $0) } })
        #expect(keys == expected)
        #expect(model.satisfaction.map(\.id).contains("full"))
        #expect(model.bands.lowerEdges.count == 5)
    }

    @Test("weights sum to 1 under every parent, for discrete and for process", arguments: Profile.ManufacturingType.allCases)
    func weightsSumToOne(type: Profile.ManufacturingType) throws {
        let model = try BundledModel.model()
        let weights = try #require(model.weights[type])
        #expect(abs(model.elements.map { weights.elements[$0.id] ?? 0 }.reduce(0, +) - 1) < 1e-6)
        for element in model.elements {
            #expect(abs(element.domains.map { weights.domains[$0.id] ?? 0 }.reduce(0, +) - 1) < 1e-6, "\(element.id)")
            for domain in element.domains {
                #expect(abs(domain.subdomains.map { weights.subdomains[$0.id] ?? 0 }.reduce(0, +) - 1) < 1e-6, "\(domain.id)")
            }
        }
        // Scored, the effective sub-domain weights sum to 1 as well, and everything full gives 5 → level 5.
        let all = IdentifierMap(uniqueKeysWithValues: model.questionnaire.questions.map { ($0.id, "full") })
        let score = MaturityScorer(model: model).score(SelfDiagnosis(model: model.reference, answers: all), type: type)
        #expect(abs(score.subdomains.map(\.weight).reduce(0, +) - 1) < 1e-9)
        #expect(score.levelScores.allSatisfy { nearly($0, 1) })
        #expect(nearly(score.total, 5))
        #expect(score.level == 5)
        #expect(score.unanswered == 0)
        #expect(score.provisionalWeights == weights.provisional)
    }

    @Test("element weights that do not sum to 1 are refused with the weight set's path")
    func elementWeights() throws {
        let diagnostics = try BundledModel.diagnostics { try $0.set([.key("weights"), .key("discrete"), .key("elements"), .key("personnel")], to: 0.5) }
        #expect(diagnostics.hasError(.weightsDoNotSumToOne("elements"), at: "$.weights.discrete"), "\(diagnostics.summary)")
    }

    @Test("sub-domain weights that do not sum to 1 under their domain name the domain")
    func subdomainWeights() throws {
        let diagnostics = try BundledModel.diagnostics {
            try $0.set([.key("weights"), .key("process"), .key("subdomains"), .key("product-design")], to: 0.6)
        }
        #expect(diagnostics.hasError(.weightsDoNotSumToOne("design"), at: "$.weights.process"), "\(diagnostics.summary)")
        #expect(!diagnostics.contains { $0.path?.description == "$.weights.discrete" })
    }

    @Test("a question naming an unknown sub-domain is refused at the question's path")
    func unknownSubdomain() throws {
        let diagnostics = try BundledModel.diagnostics {
            try $0.set([.key("questionnaire"), .key("questions"), .index(7), .key("subdomain")], to: "quantum-computing")
        }
        #expect(
            diagnostics.hasError(.unresolvedReference("quantum-computing"), at: "$.questionnaire.questions[7].subdomain"), "\(diagnostics.summary)")
    }

    @Test("four band edges are refused")
    func fourBandEdges() throws {
        let diagnostics = try BundledModel.diagnostics { try $0.set([.key("bands"), .key("lowerEdges")], to: .array([0.8, 1.8, 2.8, 3.8])) }
        #expect(diagnostics.hasError(.invalidScoreBands, at: "$.bands.lowerEdges"), "\(diagnostics.summary)")
    }

    @Test("band edges that do not increase are refused")
    func decreasingBandEdges() throws {
        let diagnostics = try BundledModel.diagnostics {
            try $0.set([.key("bands"), .key("lowerEdges")], to: .array([0.8, 2.8, 1.8, 3.8, 4.8]))
        }
        #expect(diagnostics.hasError(.invalidScoreBands, at: "$.bands.lowerEdges"), "\(diagnostics.summary)")
    }

    @Test("a duplicate question id, an unknown gate strategy and a satisfaction score above 1 are each reported")
    func otherProblems() throws {
        let duplicate = try BundledModel.diagnostics {
            try $0.set([.key("questionnaire"), .key("questions"), .index(1), .key("id")], to: "q.organisation-strategy.1")
        }
        #expect(duplicate.hasError(.duplicateID("q.organisation-strategy.1"), at: "$.questionnaire.questions[1].id"), "\(duplicate.summary)")
        let strategy = try BundledModel.diagnostics { try $0.set([.key("levelGate"), .key("strategy")], to: "average") }
        #expect(
            strategy.hasError(.notOneOf("average", allowed: MaturityModel.GateStrategy.allCases.map(\.rawValue)), at: "$.levelGate.strategy"),
            "\(strategy.summary)")
        let satisfaction = try BundledModel.diagnostics { try $0.set([.key("satisfaction"), .index(0), .key("score")], to: 1.5) }
        #expect(satisfaction.hasError(.outOfRange(1.5, min: 0, max: 1), at: "$.satisfaction[0].score"), "\(satisfaction.summary)")
    }

    @Test("a model without level 5 is incomplete")
    func missingLevel() throws {
        let diagnostics = try BundledModel.diagnostics { try $0.remove([.key("levels"), .index(4)]) }
        #expect(diagnostics.hasError(.packIncomplete("levels 1–5"), at: "$.levels"), "\(diagnostics.summary)")
    }

    @Test("a note with a field besides zh and en is refused, as the schema says")
    func noteWithUnknownField() throws {
        let diagnostics = try BundledModel.diagnostics { try $0.set([.key("notes"), .index(0), .key("fr")], to: "note") }
        #expect(diagnostics.hasError(.unknownField("fr", allowed: ["zh", "en"]), at: "$.notes[0]"), "\(diagnostics.summary)")
    }

    @Test("a file of another format is refused")
    func wrongFormat() throws {
        let diagnostics = try BundledModel.diagnostics { try $0.set([.key("format")], to: "factorygrading.assessment") }
        #expect(
            diagnostics.hasError(.wrongFormat(found: "factorygrading.assessment", expected: MaturityModel.formatName), at: "$.format"),
            "\(diagnostics.summary)")
    }

    @Test("a small model written as a JSON literal decodes to the values SmallModel builds")
    func smallLiteral() throws {
        func node(_ id: String) -> String { #"{"id": "\#(id)", "name": {"zh": "\#(id)", "en": "\#(id)"}, "verified": true"# }
        func text(_ words: String) -> String { #"{"zh": "\#(words)", "en": "\#(words)"}"# }
        let weights = #"""
            {"provisional": true, "source": \#(text("hand-made")),
             "elements": {"personnel": 0.5, "technology": 0.5},
             "domains": {"org": 1, "data": 0.5, "security": 0.5},
             "subdomains": {"strategy": 1, "collection": 0.75, "analytics": 0.25, "security": 1}}
            """#
        let questions = SmallModel.subdomainIDs.flatMap { id in
            (1...5).map { #"{"id": "q.\#(id).\#($0)", "subdomain": "\#(id)", "level": \#($0), "text": \#(text("\(id) at level \($0)?"))}"# }
        }
        func subdomain(_ id: String) -> String { node(id) + #", "appliesTo": ["discrete", "process"]}"# }
        let json = """
            {
              "format": "factorygrading.maturity-model", "formatVersion": 1, "id": "small-model", "version": "1.0.0",
              "title": \(text("Small model")), "standards": \(text("none")),
              "levels": [\((1...5).map { #"{"level": \#($0), "name": \#(text("L\($0)")), "meaning": \#(text("level \($0)")), "verified": true}"# }.joined(separator: ","))],
              "satisfaction": [\(SmallModel.scale.map { #"{"id": "\#($0.0)", "name": \#(text($0.0)), "score": \#($0.1), "verified": false}"# }.joined(separator: ","))],
              "elements": [
                \(node("personnel")), "domains": [\(node("org")), "subdomains": [\(subdomain("strategy"))]}]},
                \(node("technology")), "domains": [
                  \(node("data")), "subdomains": [\(subdomain("collection")), \(subdomain("analytics"))]},
                  \(node("security")), "subdomains": [\(subdomain("security"))]}]}
              ],
              "weights": {"discrete": \(weights), "process": \(weights)},
              "levelGate": {"threshold": 0.8, "strategy": "cumulativeActual", "verified": false, "rationale": \(text("test"))},
              "bands": {"lowerEdges": [0.8, 1.8, 2.8, 3.8, 4.8], "maximum": 5, "verified": false, "rationale": \(text("test"))},
              "questionnaire": {"title": \(text("Quick check")), "disclaimer": \(text("an estimate")), "questions": [\(questions.joined(separator: ","))]}
            }
            """
        let decoded: MaturityModel
        do {
            decoded = try MaturityModel(jsonBytes: Array(json.utf8))
        } catch {
            Issue.record("small model did not load: \(error.diagnostics.summary)")
            return
        }
        let built = SmallModel.make()
        #expect(decoded.reference == built.reference)
        #expect(decoded.elements == built.elements)
        #expect(decoded.weights == built.weights)
        #expect(decoded.questionnaire == built.questionnaire)
        #expect(decoded.levelGate == built.levelGate)
        #expect(decoded.bands == built.bands)
        #expect(decoded.satisfaction == built.satisfaction)
        // Same model, same score.
        let diagnosis = SmallModel.diagnosis(MaturityScorerTests.mixed)
        #expect(MaturityScorer(model: decoded).score(diagnosis, type: .discrete) == MaturityScorer(model: built).score(diagnosis, type: .discrete))
    }
}
