@testable import FactoryGrading

/// One step into a JSON document when editing it.
enum Step: Sendable {
    /// Member `key` of an object.
    case key(String)
    /// Element `index` of an array.
    case index(Int)
    /// The element of an array whose `"id"` member is this string.
    case id(String)
}

struct EditError: Error, CustomStringConvertible {
    var description: String
}

extension JSONValue {
    /// Replaces the value at `steps` with `transform(current)`; a `nil` result removes it, a missing object
    /// member is added at the end.
    mutating func edit(_ steps: [Step], _ transform: (JSONValue?) throws -> JSONValue?) throws {
        self = try editing(steps[...], transform) ?? .null
    }

    /// Sets the value at `steps`.
    mutating func set(_ steps: [Step], to value: JSONValue) throws { try edit(steps) { _ in value } }

    /// Removes the value at `steps`.
    mutating func remove(_ steps: [Step]) throws { try edit(steps) { _ in nil } }

    /// The value at `steps`, if there is one.
    func value(at steps: [Step]) -> JSONValue? {
        var current: JSONValue? = self
        for step in steps {
            switch (step, current) {
            case (.key(let key), .object(let members)?): current = members.first { $0.key == key }?.value
            case (.index(let index), .array(let elements)?): current = elements.indices.contains(index) ? elements[index] : nil
            case (.id(let id), .array(let elements)?): current = elements.first { $0["id"] == .string(id) }
            default: return nil
            }
        }
        return current
    }

    /// The position of the element whose `"id"` is `id` in the array member `key`.
    func index(ofID id: String, in key: String) -> Int? {
        guard case .array(let elements)? = self[key] else { return nil }
        return elements.firstIndex { $0["id"] == .string(id) }
    }

    private func editing(_ steps: ArraySlice<Step>, _ transform: (JSONValue?) throws -> JSONValue?) throws -> JSONValue? {
        guard let step = steps.first else { return try transform(self) }
        let rest = steps.dropFirst()
        switch (step, self) {
        case (.key(let key), .object(var members)):
            if let position = members.firstIndex(where: { $0.key == key }) {
                if let value = try members[position].value.editing(rest, transform) {
                    members[position].value = value
                } else {
                    members.remove(at: position)
                }
            } else {
                guard rest.isEmpty, let value = try transform(nil) else { throw EditError(description: "no member \(key)") }
                members.append(JSONMember(key, value))
            }
            return .object(members)
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index) else { throw EditError(description: "no element \(index)") }
            if let value = try elements[index].editing(rest, transform) {
                elements[index] = value
            } else {
                elements.remove(at: index)
            }
            return .array(elements)
        case (.id(let id), .array):
            guard case .array(let elements) = self, let index = elements.firstIndex(where: { $0["id"] == .string(id) }) else {
                throw EditError(description: "no element with id \(id)")
            }
            return try editing([.index(index)] + rest, transform)
        default:
            throw EditError(description: "cannot apply \(step) to a \(kind)")
        }
    }
}

extension Error {
    /// The diagnostics of a ``DiagnosticError``; any other error as a single pseudo-diagnostic.
    var diagnostics: [Diagnostic] {
        (self as? DiagnosticError)?.diagnostics ?? [.error(.fileUnreadable("\(self)"))]
    }
}

extension [Diagnostic] {
    /// The diagnostics at `path` (written as the library prints it, e.g. `$.items[3].id`).
    func at(_ path: String) -> [Diagnostic] { filter { $0.path?.description == path } }

    /// Whether an error with exactly `problem` is reported at `path`.
    func hasError(_ problem: Problem, at path: String) -> Bool {
        contains { $0.severity == .error && $0.problem == problem && $0.path?.description == path }
    }

    /// Whether a warning with exactly `problem` is reported at `path`.
    func hasWarning(_ problem: Problem, at path: String) -> Bool {
        contains { $0.severity == .warning && $0.problem == problem && $0.path?.description == path }
    }

    /// The diagnostics as readable lines, for failure messages.
    var summary: String { map { "\($0.severity.rawValue) \($0.message(.en))" }.joined(separator: "\n") }
}
