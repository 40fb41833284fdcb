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
    /// Progress through one object: whether a member was read, and the hash and place of every key read
    /// that is not one of the scanner's ``JSONScanner/identifiers`` (for duplicates; those are tracked by
    /// ``JSONScanner/knownKeys``). The first keys are kept inline, so small objects allocate nothing.
    struct ObjectState {
        /// Tells this object from every other the scanner reads (see ``JSONScanner/knownKeys``).
        var serial: UInt32 = 0
        var started = false
        /// The fields (by position) of ``FieldName`` read so far.
        var fields: UInt64 = 0
        var count = 0
        /// Hashes of the first keys read, and where each starts (its opening quote).
        var hashes = InlineArray<8, UInt64>(repeating: 0)
        var offsets = InlineArray<8, Int>(repeating: 0)
        /// Open-addressing table of every key's hash (0 = empty) and offset, once an object outgrows the
        /// inline storage.
        var table: [(hash: UInt64, offset: Int)] = []

        /// Records the key starting at `offset`; `true` if an earlier key has the same hash and
        /// `sameKey` (given that key's offset) says it is the same key. Only keys with equal hashes are
        /// compared.
        mutating func insert(_ hash: UInt64, at offset: Int, sameKey: (Int) -> Bool) -> Bool {
            if count < hashes.count {
                for index in 0..<count where hashes[index] == hash && sameKey(offsets[index]) { return true }
                hashes[count] = hash
                offsets[count] = offset
                count += 1
                return false
            }
            if table.count < (count + 1) * 2 {
                var size = 64
                while size < (count + 1) * 4 { size *= 2 }
                let previous = table.isEmpty ? (0..<hashes.count).map { (hashes[$0], offsets[$0]) } : table.filter { $0.hash != 0 }
                table = Array(repeating: (0, 0), count: size)
                for entry in previous { place(entry.hash, entry.offset) }
            }
            let mask = table.count - 1
            var slot = IdentifierIndex.homeSlot(hash, mask: mask)
            while table[slot].hash != 0 {
                if table[slot].hash == hash, sameKey(table[slot].offset) { return true }
                slot = (slot + 1) & mask
            }
            table[slot] = (hash, offset)
            count += 1
            return false
        }

        private mutating func place(_ hash: UInt64, _ offset: Int) {
            let mask = table.count - 1
            var slot = IdentifierIndex.homeSlot(hash, mask: mask)
            while table[slot].hash != 0 { slot = (slot + 1) & mask }
            table[slot] = (hash, offset)
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
        objects &+= 1
        if objects == 0 {
            knownKeys = []
            objects = 1
        }
        return ObjectState(serial: objects)
    }

    /// The next member's key, positioned at its value; `nil` once the closing `}` is consumed.
    ///
    /// A key that is one of ``identifiers`` is checked for repetition by its position there (it is the
    /// same key as another exactly when it is at the same position); any other key by ``ObjectState``.
    mutating func nextKey(_ state: inout ObjectState) throws(JSONSyntaxError) -> String? {
        if let keys,
            let (known, hash, valueStart) = Self.knownMember(
                in: bytes, from: position, started: state.started, keys: keys, expected: expectedKnown, seed: seed),
            known < knownKeys.count, knownKeys[known] != state.serial
        {
            knownKeys[known] = state.serial
            expectedKnown = known + 1
            state.started = true
            keyHash = hash
            position = valueStart
            return keys.strings[known]
        }
        guard try startMember(&state) else { return nil }
        let keyStart = position
        let (key, hash, known) = try keyString()
        keyHash = hash
        if let known {
            if knownKeys.isEmpty { knownKeys = Array(repeating: 0, count: identifiers?.count ?? 0) }
            if knownKeys[known] == state.serial { throw error(.duplicateKey(key), at: keyStart) }
            knownKeys[known] = state.serial
            expectedKnown = known + 1
        } else if state.insert(hash, at: keyStart, sameKey: { isKey(at: $0, equalTo: key) }) {
            throw error(.duplicateKey(key), at: keyStart)
        }
        try endKey(&state)
        return key
    }

    /// The usual next member in `bytes` from `position`, looked at without moving: a key that is one of
    /// `keys` (`expected` tried first), written as it is, with the separators around it (a comma before
    /// it once the object is `started`). Gives the key's position among the identifiers, its hash and
    /// where its value starts; `nil` for anything else (the end of the object, an escape, a syntax
    /// error), which ``nextKey(_:)`` then reads with care.
    @inline(__always)
    private static func knownMember(
        in bytes: UnsafeBufferPointer<UInt8>, from position: Int, started: Bool, keys: RawKeys, expected: Int, seed: UInt64
    ) -> (known: Int, hash: UInt64, valueStart: Int)? {
        let count = bytes.count
        var offset = position
        func skipSpace() {
            while offset < count, bytes[offset] <= 0x20,
                bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09
            {
                offset += 1
            }
        }
        skipSpace()
        if started {
            guard offset < count, bytes[offset] == UInt8(ascii: ",") else { return nil }
            offset += 1
            skipSpace()
        }
        guard offset < count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
        let found: (end: Int, hash: UInt64, position: Int)
        if let end = keys.isWritten(expected, at: offset + 1, in: bytes) {
            found = (end, keys.entries[expected].hash, expected)
        } else if let known = keys.identifier(in: bytes, from: offset + 1, seed: seed) {
            found = known
        } else {
            return nil
        }
        offset = found.end + 1
        skipSpace()
        guard offset < count, bytes[offset] == UInt8(ascii: ":") else { return nil }
        return (found.position, found.hash, offset + 1)
    }

    /// The next member of an object whose fields are `Field`, positioned at its value: one of the fields,
    /// found by the bytes of its key without building a string, or another key; `nil` once the closing `}`
    /// is consumed.
    mutating func nextMember<Field: FieldName>(_ state: inout ObjectState, _: Field.Type) throws(JSONSyntaxError) -> Member<Field>? {
        guard try startMember(&state) else { return nil }
        let keyStart = position
        let field: Int
        if let (found, end) = Field.names.match(in: bytes, keyAt: position + 1) {
            position = end + 1
            field = found
        } else {
            let (key, hash, _) = try keyString()
            var utf8 = key
            if let found = utf8.withUTF8(Field.names.position(of:)) {
                field = found
            } else {
                if state.insert(hash, at: keyStart, sameKey: { isKey(at: $0, equalTo: key) }) {
                    throw error(.duplicateKey(key), at: keyStart)
                }
                try endKey(&state)
                return .other(key)
            }
        }
        if state.fields & (1 << field) != 0 { throw error(.duplicateKey(Field.names.names[field]), at: keyStart) }
        state.fields |= 1 << field
        try endKey(&state)
        return .field(Field(rawValue: field)!)
    }

    /// Moves past the comma before a member, or past the closing `}` (then `false`), to the member's key.
    private mutating func startMember(_ state: inout ObjectState) throws(JSONSyntaxError) -> Bool {
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
                return false
            default:
                throw unexpected()
            }
        } else if bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return false
        }
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[position] == UInt8(ascii: "\"") else { throw unexpected() }
        return true
    }

    /// Moves past the `:` after a key.
    private mutating func endKey(_ state: inout ObjectState) throws(JSONSyntaxError) {
        state.started = true
        skipWhitespace()
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[position] == UInt8(ascii: ":") else { throw unexpected() }
        position += 1
    }

    /// Whether the key starting at `offset` (an earlier key of the same object) reads as `key`.
    private func isKey(at offset: Int, equalTo key: String) -> Bool {
        var copy = self
        copy.position = offset
        guard let earlier = try? copy.string() else { return false }
        return earlier.utf8.elementsEqual(key.utf8)
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

    /// The first quote, backslash or control character of `bytes` from `start` (and non-ASCII byte, when
    /// `stoppingAtNonASCII`: where the plain part of a string ends, the rest needing a closer look), or
    /// the end of the buffer. On little-endian machines it reads eight bytes at a time (see
    /// ``stopBytes(_:nonASCII:)``).
    @inline(__always)
    static func stringEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAtNonASCII: Bool) -> Int {
        var end = start
        let count = bytes.count
        #if _endian(little)
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while end + 8 <= count {
                let special = Self.stopBytes(raw.loadUnaligned(fromByteOffset: end, as: UInt64.self), nonASCII: stoppingAtNonASCII)
                if special != 0 { return end + special.trailingZeroBitCount >> 3 }
                end += 8
            }
        }
        #endif
        while end < count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || (stoppingAtNonASCII && byte >= 0x80) { break }
            end += 1
        }
        return end
    }

    /// The high bit of each byte of the little-endian `word` that is a quote, a backslash or a control
    /// character (or, with `nonASCII`, not ASCII). Bits above the lowest may be false matches (a borrow
    /// starts only at a true match), so only the lowest is to be trusted.
    @inline(__always)
    static func stopBytes(_ word: UInt64, nonASCII: Bool) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return (nonASCII ? special | word : special) & (ones &* 0x80)
    }

    /// Where a string whose first byte is at `start` ends (its closing quote) and the
    /// ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` of its bytes, worked out in the same
    /// pass; `nil` when a byte before the closing quote needs a closer look (see
    /// ``stringEnd(in:from:stoppingAtNonASCII:)``).
    @inline(__always)
    func plainString(from start: Int) -> (end: Int, hash: UInt64)? {
        Self.plainString(in: bytes, from: start, seed: seed)
    }

    /// ``plainString(from:)`` in `bytes`, hashing from `seed`.
    @inline(__always)
    static func plainString(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, seed: UInt64) -> (end: Int, hash: UInt64)? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var state = seed
        var offset = start
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let special = Self.stopBytes(word, nonASCII: true)
            if special != 0 {
                let length = special.trailingZeroBitCount >> 3
                let end = offset + length
                guard base[end] == UInt8(ascii: "\"") else { return nil }
                if length > 0 { state = IdentifierIndex.mix(state ^ (word & ((1 << UInt64(8 * length)) - 1))) }
                return (end, IdentifierIndex.finish(state, count: end - start, bits: 0))
            }
            state = IdentifierIndex.mix(state ^ word)
            offset += 8
        }
        var word: UInt64 = 0
        var length = 0
        while offset + length < count {
            let byte = base[offset + length]
            if byte == UInt8(ascii: "\"") {
                if length > 0 { state = IdentifierIndex.mix(state ^ word) }
                return (offset + length, IdentifierIndex.finish(state, count: offset + length - start, bits: 0))
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            word |= UInt64(byte) << UInt64(8 * length)
            length += 1
        }
        return nil
    }

    /// When the string whose first byte is at `start` is one of ``identifiers`` written as it is (no
    /// escapes), where it ends (its closing quote), its hash and its position among them (see
    /// ``RawKeys/identifier(in:from:seed:)``).
    @inline(__always)
    func knownIdentifier(from start: Int) -> (end: Int, hash: UInt64, position: Int)? {
        keys?.identifier(in: bytes, from: start, seed: seed)
    }

    /// Reads a key, its hash, and its position among ``identifiers`` when it is one of them (whether or
    /// not it was written with escapes), reusing the identifier's string then.
    mutating func keyString() throws(JSONSyntaxError) -> (String, UInt64, Int?) {
        guard let (end, hash) = plainString(from: position + 1) else {
            var key = try string()
            let hash = IdentifierIndex.hash(key)
            return (key, hash, keys.flatMap { keys in key.withUTF8 { keys.position(of: $0, hash: hash) } })
        }
        let text = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<end])
        position = end + 1
        if let keys, let known = keys.position(of: text, hash: hash) { return (keys.strings[known], hash, known) }
        return (String(decoding: text, as: UTF8.self), hash, nil)
    }

    /// If the next value is a string written without escapes that is one of ``identifiers``, consumes it
    /// and returns that identifier.
    mutating func knownString() -> String? {
        guard let keys else { return nil }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let (end, _, known) = knownIdentifier(from: position + 1)
        else { return nil }
        position = end + 1
        return keys.strings[known]
    }

    /// If the next value is the string `literal` (no escapes), consumes it and returns `true`.
    mutating func skipString(_ literal: QuotedLiteral) -> Bool {
        skipWhitespace()
        if position + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: position, as: UInt64.self))
            guard word & literal.mask == literal.word else { return false }
            position += literal.count
            return true
        }
        guard position + literal.count <= bytes.count else { return false }
        for index in 0..<literal.count where bytes[position + index] != UInt8(truncatingIfNeeded: literal.word >> UInt64(8 * index)) {
            return false
        }
        position += literal.count
        return true
    }
}
