/// An assessor's answers to the quick self-diagnosis questionnaire of a maturity model.
public struct SelfDiagnosis: Sendable, Equatable {
    /// The maturity model (id and version) the answers are for.
    public var model: PackReference
    /// Satisfaction id by question id (`"q.data.3": "most"`).
    public var answers: IdentifierMap<String>
    /// Sub-domains marked not applicable, with the justification, by sub-domain id.
    public var tailoring: IdentifierMap<String>

    public init(model: PackReference, answers: IdentifierMap<String> = [:], tailoring: IdentifierMap<String> = [:]) {
        self.model = model
        self.answers = answers
        self.tailoring = tailoring
    }
}
