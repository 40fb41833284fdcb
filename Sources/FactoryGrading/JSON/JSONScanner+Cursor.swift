/// Front-to-back reading without building a tree, for decoders that know the document's shape.
///
/// ```swift
/// var object = try scanner.beginObject()
/// while let key = try scanner.nextKey(&object) {
///     switch key { case "name": name = try scanner.readString() default: try scanner.skipValue() }
/// }
/// ```
/// Every value must be consumed (read or skipped) before the next `nextKey`.
extension JSONScanner {
    /// Progress through one object: whether a member was read, and the hashes of the keys seen (for
    /// duplicates). The first keys are kept inline, so small objects allocate nothing.
    struct ObjectState {
        var started = false
        /// Where the object starts (its `{`), to compare keys again when two hashes are equal.
        let start: Int
        var count = 0
        /// Hashes of the first keys read.
        var inline = InlineArray<16, UInt64>(repeating: 0)
        /// Open-addressing table of every hash (0 = empty), once an object outgrows `inline`.
        var table: [UInt64] = []

        init(start: Int) { self.start = start }

        /// Records a key's hash; `true` if an earlier key had the same hash (the caller then compares the keys).
        mutating func insertCollides(_ hash: UInt64) -> Bool {
            defer { count += 1 }
            if count < inline.count {
                for index in 0..<count where inline[index] == hash { return true }
                inline[count] = hash
                return false
            }
            if table.count < (count + 1) * 2 {
                var size = 256
                while size < (count + 1) * 4 { size *= 2 }
                let previous = table.isEmpty ? (0..<inline.count).map { inline[$0] } : table.filter { $0 != 0 }
                table = Array(repeating: 0, count: size)
                for existing in previous { _ = place(existing) }
            }
            return place(hash)
        }

        private mutating func place(_ hash: UInt64) -> Bool {
            let mask = table.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0 {
                if table[slot] == hash { return true }
                slot = (slot + 1) & mask
            }
            table[slot] = hash
            return false
        }
    }

    /// The kind of the next value, without consuming it.
    mutating func peek() throws(JSONSyntaxError) -> JSONKind {
        skipWhitespace()
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw unexpected()
        }
    }

    /// Consumes `{`.
    mutating func beginObject() throws(JSONSyntaxError) -> ObjectState {
        try enter()
        position += 1
        return ObjectState(start: position - 1)
    }

    /// The next member's key, positioned at its value; `nil` once the closing `}` is consumed.
    mutating func nextKey(_ state: inout ObjectState) throws(JSONSyntaxError) -> String? {
        skipWhitespace()
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        if state.started {
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return nil
            default:
                throw unexpected()
            }
        } else if bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return nil
        }
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[position] == UInt8(ascii: "\"") else { throw unexpected() }
        let keyStart = position
        let (key, hash) = try keyString()
        if state.insertCollides(hash), isRepeated(key, before: keyStart, in: state) { throw error(.duplicateKey(key), at: keyStart) }
        state.started = true
        skipWhitespace()
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[position] == UInt8(ascii: ":") else { throw unexpected() }
        position += 1
        return key
    }

    /// Whether a key of the object before `end` equals `key`, read again from the object's start. Only
    /// called when hashes collide.
    private func isRepeated(_ key: String, before end: Int, in state: ObjectState) -> Bool {
        var copy = self
        copy.position = state.start + 1
        var first = true
        while copy.position < end {
            copy.skipWhitespace()
            if !first, copy.position < end, copy.bytes[copy.position] == UInt8(ascii: ",") {
                copy.position += 1
                copy.skipWhitespace()
            }
            guard copy.position < end, let earlier = try? copy.string() else { return false }
            if earlier.utf8.elementsEqual(key.utf8) { return true }
            first = false
            copy.skipWhitespace()
            copy.position += 1
            guard (try? copy.skipValue()) != nil else { return false }
        }
        return false
    }

    mutating func readString() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        return try string()
    }

    mutating func readNumber() throws(JSONSyntaxError) -> Double {
        skipWhitespace()
        return try number()
    }

    mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    mutating func readNull() throws(JSONSyntaxError) {
        skipWhitespace()
        try literal("null")
    }

    /// Reads the next value as a tree.
    mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        return try value()
    }

    /// Consumes the next value, whatever it is.
    mutating func skipValue() throws(JSONSyntaxError) {
        _ = try readValue()
    }

    /// Checks that nothing but whitespace follows the document.
    mutating func finish() throws(JSONSyntaxError) {
        skipWhitespace()
        if position != bytes.count { throw error(.trailingContent) }
    }

    /// Skips a UTF-8 byte-order mark at the start.
    mutating func skipByteOrderMark() {
        if position == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Reports an empty document.
    mutating func requireContent() throws(JSONSyntaxError) {
        skipWhitespace()
        if position == bytes.count { throw error(.emptyDocument) }
    }

    /// The hash of a key's UTF-8 used to find duplicate keys and known identifiers (never 0).
    static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { IdentifierIndex.hash(bytes) }

    /// The hash of `key`; see ``keyHash(_:)``.
    static func keyHash(_ key: String) -> UInt64 {
        var copy = key
        return copy.withUTF8(keyHash)
    }

    /// Where the plain part of a string starting at `start` ends: at its closing quote, or at the first
    /// byte that needs a closer look (a backslash, a control character or a non-ASCII byte). Reads eight
    /// bytes at a time: in each word, the lowest byte the bit tricks flag is always a true match.
    func plainStringEnd(from start: Int) -> Int {
        var end = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while end + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let special = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word) | word) & highs
                if special != 0 { return end + special.trailingZeroBitCount >> 3 }
                end += 8
            }
        }
        while end < count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            end += 1
        }
        return end
    }

    /// Reads a key and its hash, reusing an interned string when the key is a known identifier.
    mutating func keyString() throws(JSONSyntaxError) -> (String, UInt64) {
        let end = plainStringEnd(from: position + 1)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
            let key = try string()
            return (key, Self.keyHash(key))
        }
        let text = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<end])
        let hash = Self.keyHash(text)
        if let identifiers, let known = identifiers.lookup(text, hash: hash) {
            position = end + 1
            return (known, hash)
        }
        position = end + 1
        return (String(decoding: text, as: UTF8.self), hash)
    }

    /// If the next value is the string `literal` (no escapes), consumes it and returns `true`.
    mutating func skipString(_ literal: StaticString) -> Bool {
        skipWhitespace()
        let count = literal.utf8CodeUnitCount
        guard position + count + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\""),
            bytes[position + count + 1] == UInt8(ascii: "\"")
        else { return false }
        for index in 0..<count where bytes[position + 1 + index] != literal.utf8Start[index] { return false }
        position += count + 2
        return true
    }
}
