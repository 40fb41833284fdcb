/// A 统一社会信用代码 (unified social credit code) checked against GB 32100-2015: 18 characters from the
/// 31-character set, with the mod-31 check character last.
public struct CreditCode: Sendable, Hashable, CustomStringConvertible {
    /// Why a code is not valid.
    public enum Defect: Error, Sendable, Equatable {
        case wrongLength(Int)
        case invalidCharacter(Character, position: Int)
        case checkCharacterMismatch(found: Character, expected: Character)

        /// The defect in words.
        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.wrongLength(let count), .zh): "应为 18 位,实际为 \(count) 位"
            case (.wrongLength(let count), .en): "it must have 18 characters, not \(count)"
            case (.invalidCharacter(let character, let position), .zh):
                "第 \(position) 位字符 '\(character)' 不允许(只能是数字和除 I、O、Z、S、V 以外的大写字母)"
            case (.invalidCharacter(let character, let position), .en):
                "character \(position), '\(character)', is not allowed (digits and capital letters except I, O, Z, S, V)"
            case (.checkCharacterMismatch(let found, let expected), .zh): "校验位为 '\(found)',按 GB 32100 计算应为 '\(expected)'"
            case (.checkCharacterMismatch(let found, let expected), .en):
                "the check character is '\(found)' but GB 32100 gives '\(expected)'"
            }
        }
    }

    /// The code's 18 characters.
    public let text: String

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Each ASCII byte's value in ``alphabet``, or -1.
    private static let byteValues: [Int8] = (0..<128).map { byte in
        alphabet.firstIndex(of: Character(Unicode.Scalar(UInt8(byte)))).map(Int8.init) ?? -1
    }

    /// Whether `text` is 18 bytes of the alphabet whose last is the check character of the others:
    /// the usual valid code, checked without splitting it into characters. Anything else is left to
    /// ``init(_:)`` to name the defect.
    private static func isValidASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count == 18 else { return false }
            var sum = 0
            for index in 0..<18 {
                let byte = bytes[index]
                guard byte < 0x80, byteValues[Int(byte)] >= 0 else { return false }
                if index < 17 { sum += Int(byteValues[Int(byte)]) * weights[index] }
            }
            return Int(byteValues[Int(bytes[17])]) == (31 - sum % 31) % 31
        } ?? false
    }

    /// Validates `text`; throws the first defect found.
    public init(_ text: String) throws(Defect) {
        if Self.isValidASCII(text) {
            self.text = text
            return
        }
        let characters = Array(text)
        guard characters.count == 18 else { throw .wrongLength(characters.count) }
        var values: [Int] = []
        for (offset, character) in characters.enumerated() {
            guard let value = Self.alphabet.firstIndex(of: character) else {
                throw .invalidCharacter(character, position: offset + 1)
            }
            values.append(value)
        }
        let expected = Self.checkCharacter(values: Array(values.prefix(17)))
        guard characters[17] == expected else { throw .checkCharacterMismatch(found: characters[17], expected: expected) }
        self.text = text
    }

    /// The check character for the first 17 characters of a code; `nil` if one is outside the alphabet.
    public static func checkCharacter(for prefix: String) -> Character? {
        let characters = Array(prefix)
        guard characters.count == 17 else { return nil }
        let values = characters.compactMap { alphabet.firstIndex(of: $0) }
        guard values.count == 17 else { return nil }
        return checkCharacter(values: values)
    }

    static func checkCharacter(values: [Int]) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }

    public var description: String { text }
}
