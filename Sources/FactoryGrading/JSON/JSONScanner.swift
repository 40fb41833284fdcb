/// The byte-level reader behind ``JSONParser`` and the streaming decoders: strict RFC 8259, with line and
/// column on every error.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0
    /// The ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` of the key ``nextKey(_:)`` read last.
    var keyHash: UInt64 = 0
    /// Known keys whose strings are reused instead of allocated.
    let identifiers: IdentifierTable?
    /// The memory of ``identifiers``, kept alive by it.
    let keys: RawKeys?
    /// ``IdentifierIndex/seed``, read once.
    let seed = IdentifierIndex.seed
    /// For each identifier of ``identifiers``, the ``ObjectState/serial`` of the last object it was a key
    /// of, so that a known key is checked for repetition without hashing it again.
    var knownKeys: [UInt32] = []
    /// How many objects were begun (the last ``ObjectState/serial`` given).
    var objects: UInt32 = 0
    /// The last few strings read that are not ASCII, reused when the same text comes again (as the source
    /// of benchmark values does from KPI to KPI) instead of being decoded and stored again.
    var recentTexts = InlineArray<4, String>(repeating: "")
    /// Where in ``recentTexts`` the next such string goes.
    var nextRecentText = 0
    /// The position among ``identifiers`` after that of the last known key read: documents usually list
    /// ids in the order of their pack (and so of the table), so the next key is checked against it first.
    var expectedKnown = 0

    init(bytes: UnsafeBufferPointer<UInt8>, identifiers: IdentifierTable? = nil) {
        self.bytes = bytes
        self.identifiers = identifiers
        keys = identifiers?.keys
    }

    mutating func document() throws(JSONSyntaxError) -> JSONValue {
        skipByteOrderMark()
        try requireContent()
        let value = try self.value()
        try finish()
        return value
    }

    func error(_ reason: JSONSyntaxError.Reason, at offset: Int? = nil) -> JSONSyntaxError {
        let end = min(offset ?? position, bytes.count)
        var line = 1
        var column = 1
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        for index in (hasByteOrderMark ? min(3, end) : 0)..<end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSyntaxError(reason: reason, line: line, column: column)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        if position < bytes.count, bytes[position] > 0x20 { return }
        skipWhitespaceSlowly()
    }

    private mutating func skipWhitespaceSlowly() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: throw unexpected()
        }
    }

    func unexpected() -> JSONSyntaxError {
        guard position < bytes.count else { return error(.unexpectedEnd) }
        let word = bareWord(from: position)
        if word.count > 1 { return error(.invalidLiteral(word)) }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let character = String(validating: bytes[position..<end], as: UTF8.self) else { return error(.invalidByte(bytes[position])) }
        return error(.unexpectedCharacter(character))
    }

    func bareWord(from start: Int) -> String {
        var end = start
        while end < bytes.count, end - start < 32 {
            let byte = bytes[end]
            let isWordByte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            guard isWordByte else { break }
            end += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches = position + count <= bytes.count
            && (0..<count).allSatisfy { bytes[position + $0] == word.utf8Start[$0] }
        guard matches else { throw error(.invalidLiteral(bareWord(from: position))) }
        position += count
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw error(.tooDeeplyNested(JSONParser.maximumDepth)) }
    }

    mutating func object() throws(JSONSyntaxError) -> JSONValue {
        var state = try beginObject()
        var members: [JSONMember] = []
        while let key = try nextKey(&state) {
            skipWhitespace()
            members.append(JSONMember(key, try value()))
        }
        return .object(members)
    }

    mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw error(.unexpectedEnd) }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default: throw unexpected()
            }
        }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        let start = position
        position = Self.stringEnd(in: bytes, from: start, stoppingAtNonASCII: true)
        // Text of up to 15 bytes is stored inside the String itself, so there is nothing to share.
        if let keys, position - start > 15, position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
            if let known = keys.position(of: text, hash: IdentifierIndex.hash(text, seed: seed)) {
                position += 1
                return keys.strings[known]
            }
        }
        var highBits: UInt8 = 0
        if position < bytes.count, bytes[position] >= 0x80 {
            highBits = 0x80
            position = Self.stringEnd(in: bytes, from: position, stoppingAtNonASCII: false)
        }
        while position < bytes.count {
            let byte = bytes[position]
            highBits |= byte
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if highBits < 0x80 { return String(decoding: slice, as: UTF8.self) }
                for index in recentTexts.indices where Self.isUnrepaired(recentTexts[index], slice) { return recentTexts[index] }
                let text = String(decoding: slice, as: UTF8.self)
                guard Self.isUnrepaired(text, slice) else { throw error(.invalidUTF8, at: start) }
                recentTexts[nextRecentText] = text
                nextRecentText = (nextRecentText + 1) % recentTexts.count
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw error(.controlCharacterInString) }
            position += 1
        }
        throw error(.unexpectedEnd)
    }

    mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(position - start + 64)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let text = String(decoding: buffer, as: UTF8.self)
                guard buffer.withUnsafeBufferPointer({ Self.isUnrepaired(text, $0) }) else { throw error(.invalidUTF8, at: start) }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw error(.unexpectedEnd) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try unicodeEscape()
                    for byte in UTF8.encode(scalar).unsafelyUnwrapped { buffer.append(byte) }
                default: throw error(.invalidEscape, at: position - 2)
                }
            default:
                if byte < 0x20 { throw error(.controlCharacterInString) }
                buffer.append(byte)
                position += 1
            }
        }
        throw error(.unexpectedEnd)
    }

    mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.invalidEscape)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = position - 2
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first) {
            guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { throw error(.invalidEscape, at: escapeStart) }
            position += 2
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second) else { throw error(.invalidEscape, at: escapeStart) }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw error(.invalidEscape, at: escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw error(.invalidEscape, at: escapeStart) }
        return scalar
    }

    mutating func number() throws(JSONSyntaxError) -> Double {
        if let (value, end) = shortInteger() {
            position = end
            return value
        }
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw error(.invalidNumber("-"), at: start) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else if isDigit(bytes[position]) {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        } else {
            throw error(.invalidLiteral(bareWord(from: start)), at: start)
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw error(.invalidNumber(bareWord(from: start)), at: start) }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        var hasExponent = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            hasExponent = true
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw error(.invalidNumber(bareWord(from: start)), at: start) }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, isWordContinuation(bytes[position]) {
            throw error(.invalidNumber(bareWord(from: start)), at: start)
        }
        let digits = bytes[start..<position]
        if isInteger, digits.count <= 16 {
            var negative = false
            var value: Int64 = 0
            for byte in digits {
                if byte == UInt8(ascii: "-") { negative = true } else { value = value * 10 + Int64(byte - UInt8(ascii: "0")) }
            }
            return Double(negative ? -value : value)
        }
        if !hasExponent, digits.count <= 17, let value = Self.shortDecimal(digits) { return value }
        let text = String(decoding: digits, as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error(.numberOutOfRange(text), at: start) }
        return value
    }

    /// The usual number, read in one pass: a non-negative integer of at most 15 digits without a leading
    /// zero, followed by a byte that ends a value (`,`, `}`, `]` or white space); its value and where it
    /// ends. `nil` for anything else, which ``number()`` reads with every check.
    @inline(__always)
    func shortInteger() -> (value: Double, end: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var offset = position
        guard offset < count, base[offset] &- UInt8(ascii: "1") < 9 else { return nil }
        var value = Int64(base[offset] &- UInt8(ascii: "0"))
        offset += 1
        while offset < count {
            let digit = base[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int64(digit)
            offset += 1
        }
        guard offset < count, offset - position <= 15 else { return nil }
        switch base[offset] {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return (Double(value), offset)
        default: return nil
        }
    }

    /// The value of a decimal without exponent (`-12.345`) of at most 15 digits, worked out exactly: the
    /// digits as an integer are exact in a `Double`, as is ten to the power of the fraction's length, and
    /// one division rounds correctly, so the result is what parsing the text would give.
    static func shortDecimal(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = -1
        var negative = false
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): fraction = 0
            default:
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if fraction >= 0 { fraction += 1 }
            }
        }
        guard digits <= 15, fraction >= 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// Whether `text`, decoded from `bytes` (replacing ill-formed sequences by U+FFFD), has exactly those
    /// bytes: that is, whether `bytes` is well-formed UTF-8, checked without validating them twice.
    static func isUnrepaired(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { decoded in
            decoded.baseAddress.map { RawKeys.equal(UnsafeRawPointer($0), bytes) } ?? true
        } ?? text.utf8.elementsEqual(bytes)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func isWordContinuation(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: ".")
    }
}
