/// Collects the diagnostics found while turning a ``JSONValue`` into model values.
final class DecodingContext {
    var diagnostics: [Diagnostic] = []

    func error(_ problem: Problem, at path: JSONPath) { diagnostics.append(.error(problem, at: path)) }

    var hasErrors: Bool { diagnostics.containsError }
}

/// Reads typed members of one JSON object, reporting missing, mistyped and unknown fields with their paths.
/// `null` counts as absent for optional fields.
struct JSONObjectReader {
    let members: [JSONMember]
    let path: JSONPath
    let context: DecodingContext

    init?(_ value: JSONValue, at path: JSONPath, context: DecodingContext) {
        guard case .object(let members) = value else {
            context.error(.wrongType(expected: "object", found: value.kind), at: path)
            return nil
        }
        self.members = members
        self.path = path
        self.context = context
    }

    /// Reports every member whose key is not in `allowed`.
    func rejectUnknownKeys(_ allowed: [String]) {
        for member in members where !allowed.contains(member.key) {
            context.error(.unknownField(member.key, allowed: allowed), at: path)
        }
    }

    func raw(_ key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    private func present(_ key: String, required: Bool) -> JSONValue? {
        switch raw(key) {
        case nil:
            if required { context.error(.missingField(key), at: path) }
            return nil
        case .null?:
            if required { context.error(.wrongType(expected: "value", found: .null), at: path.appending(key)) }
            return nil
        case let value?:
            return value
        }
    }

    func string(_ key: String, required: Bool = false, allowEmpty: Bool = false) -> String? {
        guard let value = present(key, required: required) else { return nil }
        guard case .string(let text) = value else {
            context.error(.wrongType(expected: "string", found: value.kind), at: path.appending(key))
            return nil
        }
        if !allowEmpty, text.isBlank {
            context.error(.emptyText, at: path.appending(key))
            return nil
        }
        return text
    }

    func number(_ key: String, required: Bool = false, min: Double? = nil, max: Double? = nil) -> Double? {
        guard let value = present(key, required: required) else { return nil }
        guard case .number(let number) = value else {
            context.error(.wrongType(expected: "number", found: value.kind), at: path.appending(key))
            return nil
        }
        if let min, number < min {
            context.error(.outOfRange(number, min: min, max: max), at: path.appending(key))
            return nil
        }
        if let max, number > max {
            context.error(.outOfRange(number, min: min, max: max), at: path.appending(key))
            return nil
        }
        return number
    }

    func integer(_ key: String, required: Bool = false, min: Int? = nil, max: Int? = nil) -> Int? {
        guard let number = number(key, required: required, min: min.map(Double.init), max: max.map(Double.init)) else { return nil }
        guard number == number.rounded() else {
            context.error(.notInteger(number), at: path.appending(key))
            return nil
        }
        guard abs(number) <= Self.largestInteger else {
            context.error(
                .outOfRange(number, min: min.map(Double.init) ?? -Self.largestInteger, max: max.map(Double.init) ?? Self.largestInteger),
                at: path.appending(key))
            return nil
        }
        return Int(number)
    }

    /// The largest integer that every JSON reader holds exactly (2^53 − 1); the schemas say the same.
    static let largestInteger = 9_007_199_254_740_991.0

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = present(key, required: required) else { return nil }
        guard case .bool(let flag) = value else {
            context.error(.wrongType(expected: "boolean", found: value.kind), at: path.appending(key))
            return nil
        }
        return flag
    }

    func object(_ key: String, required: Bool = false) -> JSONObjectReader? {
        guard let value = present(key, required: required) else { return nil }
        return JSONObjectReader(value, at: path.appending(key), context: context)
    }

    func array(_ key: String, required: Bool = false) -> [(value: JSONValue, path: JSONPath)]? {
        guard let value = present(key, required: required) else { return nil }
        guard case .array(let elements) = value else {
            context.error(.wrongType(expected: "array", found: value.kind), at: path.appending(key))
            return nil
        }
        let base = path.appending(key)
        return elements.enumerated().map { ($0.element, base.appending($0.offset)) }
    }

    /// Array elements that are objects, each as a reader.
    func objects(_ key: String, required: Bool = false) -> [JSONObjectReader] {
        (array(key, required: required) ?? []).compactMap { JSONObjectReader($0.value, at: $0.path, context: context) }
    }

    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let elements = array(key, required: required) else { return nil }
        return elements.compactMap { element in
            guard case .string(let text) = element.value else {
                context.error(.wrongType(expected: "string", found: element.value.kind), at: element.path)
                return nil
            }
            return text
        }
    }

    func text(_ key: String, required: Bool = false) -> LocalizedText? { object(key, required: required)?.localizedText() }

    /// The array `key` of zh/en texts (absent reads as empty).
    func texts(_ key: String) -> [LocalizedText] { objects(key).compactMap { $0.localizedText() } }

    /// This object read as a zh/en text.
    func localizedText() -> LocalizedText? {
        rejectUnknownKeys(["zh", "en"])
        guard let zh = string("zh", required: true), let en = string("en", required: true) else { return nil }
        return LocalizedText(zh: zh, en: en)
    }

    /// Checks the document's `format` and `formatVersion`; `false` (with the error reported) when the
    /// document is not of this format or version, and should be read no further.
    func hasFormat(_ name: String, version: Int) -> Bool {
        if let format = string("format", required: true), format != name {
            context.error(.wrongFormat(found: format, expected: name), at: path.appending("format"))
            return false
        }
        if let found = number("formatVersion", required: true), found != Double(version) {
            context.error(.unsupportedFormatVersion(found, supported: version), at: path.appending("formatVersion"))
            return false
        }
        return true
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = E(rawValue: text) else {
            context.error(.notOneOf(text, allowed: E.allCases.map(\.rawValue)), at: path.appending(key))
            return nil
        }
        return value
    }
}

extension String {
    /// Empty, or every scalar White_Space (as the schemas' non-blank pattern says: a space followed by a
    /// combining mark is not blank). Decides on the first scalar when it is not white space, which is
    /// nearly always.
    var isBlank: Bool {
        // A first byte that is not white space itself and cannot begin a white-space character (those
        // begin with 0x09–0x0D, 0x20, 0xC2, 0xE1, 0xE2 or 0xE3) settles it.
        if let byte = utf8.first, (byte > 0x20 && byte < 0x80) || (byte >= 0xC3 && byte <= 0xE0) || byte >= 0xE4 { return false }
        return unicodeScalars.allSatisfy(Self.isWhiteSpace)
    }

    /// The Unicode White_Space property, spelled out (it has not changed since Unicode 6.3) so that the
    /// usual first scalar, a letter or an ideograph, needs no property lookup.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
