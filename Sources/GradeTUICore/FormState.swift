import FactoryGrading

/// A multi-field edit committed to the assessment only when every field is valid together: the stated
/// maturity result, or one KPI's entry. While it is open its fields live in the draft file.
public struct FormState: Sendable, Equatable {
    /// What the form edits.
    public enum Subject: Sendable, Equatable {
        case maturity
        case kpi(String)
    }

    /// One option of a choice field.
    public struct Option: Sendable, Equatable {
        public var value: String
        public var label: LocalizedText
    }

    /// How a field is entered.
    public enum FieldKind: Sendable, Equatable {
        /// Cycled with Enter or chosen with a digit; "" is none.
        case choice([Option])
        case number(min: Double?, max: Double?)
        case text
        case date
    }

    /// One field: a stable id, its label, how it is entered, and its current text.
    public struct Field: Sendable, Equatable {
        public var id: String
        public var label: LocalizedText
        public var kind: FieldKind
        public var value: String
        /// A longer description shown above the fields while this one is selected.
        public var detail: LocalizedText?
    }

    public var subject: Subject
    public var fields: [Field]
    public var selected = 0
    /// The field being typed in, when one is.
    public var editing: TextField?
    public var error: String?
    /// Esc pressed once with an invalid form: a second Esc discards it.
    public var confirmDiscard = false
    /// Values of fields hidden by a choice (a benchmark while "declared" is chosen), kept in case the
    /// choice is changed back.
    public var stash: [String: String] = [:]

    public func value(_ id: String) -> String { fields.first { $0.id == id }?.value ?? "" }

    public mutating func set(_ id: String, _ value: String) {
        if let index = fields.firstIndex(where: { $0.id == id }) { fields[index].value = value }
    }
}

/// Turning numbers typed by a person into values, with the problems they make.
enum NumberInput {
    static func parse(_ text: String, min: Double?, max: Double?, language: Language) -> Result<Double, InputError> {
        let trimmed = text.trimmingSpaces
        if trimmed.contains(",") || trimmed.contains("\u{FF0C}") { return .failure(InputError(UIText.decimalComma[language])) }
        guard let value = Double(trimmed), value.isFinite else { return .failure(InputError(UIText.notANumber[language])) }
        if let min, value < min { return .failure(InputError(UIText.outOfRange[language] + " [\(JSONWriter.numberText(min)), \(max.map(JSONWriter.numberText) ?? "∞")]")) }
        if let max, value > max { return .failure(InputError(UIText.outOfRange[language] + " [\(min.map(JSONWriter.numberText) ?? "−∞"), \(JSONWriter.numberText(max))]")) }
        return .success(value)
    }
}

/// A message about typed input.
struct InputError: Error, Equatable {
    var message: String

    init(_ message: String) { self.message = message }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
