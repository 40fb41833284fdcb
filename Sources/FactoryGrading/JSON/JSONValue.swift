/// A parsed JSON value that keeps object members in document order.
///
/// The library reads and writes its documents through this type rather than `Codable`, so that every
/// problem can be reported with its JSON path, duplicate keys and non-finite numbers are rejected, and
/// output is byte-for-byte deterministic.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The kind of value, for error messages.
    public var kind: JSONKind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// The member named `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// The six kinds of JSON value.
public enum JSONKind: String, Sendable {
    case null, bool, number, string, array, object
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
    /// An object value built from ordered pairs; pairs whose value is `nil` are left out.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { JSONMember(key, $0) } })
    }

    /// A string value, or `nil` when `text` is `nil`.
    public static func optional(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }

    /// A number value, or `nil` when `number` is `nil`.
    public static func optional(_ number: Double?) -> JSONValue? { number.map(JSONValue.number) }

    /// A number value, or `nil` when `number` is `nil`.
    public static func optional(_ number: Int?) -> JSONValue? { number.map { .number(Double($0)) } }
}
