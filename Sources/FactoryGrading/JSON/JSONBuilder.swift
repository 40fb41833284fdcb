/// Writes JSON straight into bytes (``JSONWriter`` writes through it), for
/// output produced in volume where building a ``JSONValue`` tree first would cost more than the writing.
///
/// ```swift
/// var json = JSONBuilder(style: .compact)
/// json.object {
///     json.member("tier", "advanced")
///     json.key("rules"); json.array { json.string("basic/scale") }
/// }
/// ```
public struct JSONBuilder {
    public private(set) var bytes: [UInt8] = []
    let style: JSONWriter.Style
    private var depth = 0
    private var needsComma = false

    public init(style: JSONWriter.Style, capacity: Int = 2048) {
        self.style = style
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if style == .pretty, depth > 0 {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
    }

    /// Writes an object whose members `body` writes.
    public mutating func object(_ body: (inout JSONBuilder) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array whose elements `body` writes.
    public mutating func array(_ body: (inout JSONBuilder) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    private mutating func open(_ bracket: UInt8) {
        if !isAfterKey { separate() }
        isAfterKey = false
        bytes.append(bracket)
        depth += 1
        needsComma = false
        openedEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if style == .pretty, !openedEmpty {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        bytes.append(bracket)
        needsComma = true
        openedEmpty = false
    }

    private var isAfterKey = false
    private var openedEmpty = false

    /// Writes a member's key; the next value written is its value.
    public mutating func key(_ key: String) {
        separate()
        JSONWriter.writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if style == .pretty { bytes.append(UInt8(ascii: " ")) }
        isAfterKey = true
        needsComma = false
        openedEmpty = false
    }

    private mutating func scalar(_ write: (inout [UInt8]) -> Void) {
        if !isAfterKey { separate() }
        isAfterKey = false
        write(&bytes)
        needsComma = true
        openedEmpty = false
    }

    public mutating func string(_ text: String) { scalar { JSONWriter.writeString(text, into: &$0) } }

    public mutating func number(_ value: Double) { scalar { JSONWriter.writeNumber(value, into: &$0) } }

    public mutating func bool(_ flag: Bool) { scalar { $0.append(contentsOf: (flag ? "true" : "false").utf8) } }

    public mutating func null() { scalar { $0.append(contentsOf: "null".utf8) } }

    /// Writes a whole value.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): self.number(number)
        case .string(let text): string(text)
        case .array(let elements): array { builder in for element in elements { builder.value(element) } }
        case .object(let members):
            object { builder in
                for member in members {
                    builder.key(member.key)
                    builder.value(member.value)
                }
            }
        }
    }

    /// Appends members (`"key":value`, comma-separated) that `write` encodes itself to the object being
    /// written; only for the compact style, and not after a key.
    mutating func encodedMembers(_ write: (inout [UInt8]) -> Void) {
        precondition(style == .compact && !isAfterKey, "encoded members need a compact builder inside an object")
        separate()
        write(&bytes)
        needsComma = true
        openedEmpty = false
    }

    /// `key` with a string value.
    public mutating func member(_ key: String, _ text: String) {
        self.key(key)
        string(text)
    }

    /// `key` with a value.
    public mutating func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }
}
