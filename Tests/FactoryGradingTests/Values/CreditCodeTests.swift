import Testing

@testable import FactoryGrading

@Suite("统一社会信用代码 (GB 32100-2015)")
struct CreditCodeTests {
    /// GB 32100-2015 computed here independently: the 31-character set without I, O, Z, S, V; weights
    /// 3^i mod 31; check value 31 − (Σ value × weight mod 31), where 31 stands for 0.
    static func referenceCheckCharacter(_ prefix: String) -> Character? {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var sum = 0
        var weight = 1
        for character in prefix {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            sum += value * weight
            weight = weight * 3 % 31
        }
        let check = 31 - sum % 31
        return alphabet[check == 31 ? 0 : check]
    }

    @Test("a known valid code passes, and its check character is what the algorithm gives")
    func knownValidCode() throws {
        let code = Fixtures.validCreditCode
        #expect(Self.referenceCheckCharacter(String(code.prefix(17))) == code.last)
        let parsed = try CreditCode(code)
        #expect(parsed.text == code)
        #expect(parsed.description == code)
    }

    @Test("the library's check character agrees with the reference for many prefixes")
    func agreesWithReference() throws {
        var generator = SeededGenerator(seed: 32100)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        for _ in 0..<500 {
            let prefix = String((0..<17).map { _ in alphabet.randomElement(using: &generator)! })
            let expected = try #require(Self.referenceCheckCharacter(prefix))
            #expect(CreditCode.checkCharacter(for: prefix) == expected)
            #expect(throws: Never.self) { try CreditCode(prefix + String(expected)) }
        }
    }

    @Test("valid or not, and with which defect, is decided the same for codes of every shape", arguments: [1, 2, 3])
    func fastPathAgreesWithReference(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let strangers: [Character] = ["I", "O", "Z", "S", "V", "a", " ", "\r\n", "\n", "\u{FF21}", "é", "e\u{301}", "合"]
        for _ in 0..<2000 {
            var characters = (0..<17).map { _ in alphabet.randomElement(using: &generator)! }
            characters.append(try #require(Self.referenceCheckCharacter(String(characters))))
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: break
            case 1: characters[Int.random(in: 0..<18, using: &generator)] = alphabet.randomElement(using: &generator)!
            case 2: characters[Int.random(in: 0..<18, using: &generator)] = strangers.randomElement(using: &generator)!
            default: characters.insert(strangers.randomElement(using: &generator)!, at: Int.random(in: 0...18, using: &generator))
            }
            let code = String(characters)
            let referenceValid = code.count == 18 && Self.referenceCheckCharacter(String(code.prefix(17))) == code.last
            do {
                let parsed = try CreditCode(code)
                #expect(referenceValid, "\(code.debugDescription) accepted")
                #expect(parsed.text == code)
            } catch {
                #expect(!referenceValid, "\(code.debugDescription) rejected: \(error)")
            }
        }
    }

    @Test("wrong length is reported with the length found", arguments: ["", "91350100M000100Y4", "91350100M000100Y433", "9135 0100M000100Y43"])
    func wrongLength(code: String) {
        #expect(throws: CreditCode.Defect.wrongLength(code.count)) { try CreditCode(code) }
    }

    @Test("the letters I, O, Z, S, V and lower case are not in the character set", arguments: ["I", "O", "Z", "S", "V", "a"])
    func forbiddenLetters(letter: Character) {
        // Put the letter at position 9 (the organisation code starts there).
        var characters = Array(Fixtures.validCreditCode)
        characters[8] = letter
        #expect(throws: CreditCode.Defect.invalidCharacter(letter, position: 9)) { try CreditCode(String(characters)) }
    }

    @Test("a wrong check character names the expected one")
    func wrongCheckCharacter() {
        #expect(throws: CreditCode.Defect.checkCharacterMismatch(found: "4", expected: "3")) { try CreditCode("91350100M000100Y44") }
        let defect = CreditCode.Defect.checkCharacterMismatch(found: "4", expected: "3")
        #expect(defect.message(.en).contains("'3'"))
        #expect(defect.message(.zh).contains("应为 '3'"))
    }

    @Test("changing any one character of a valid code is caught")
    func singleCharacterChangesAreCaught() {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let original = Array(Fixtures.validCreditCode)
        for position in 0..<17 {
            for replacement in alphabet where replacement != original[position] {
                var characters = original
                characters[position] = replacement
                #expect(throws: CreditCode.Defect.self, "position \(position + 1) → \(replacement)") { try CreditCode(String(characters)) }
            }
        }
    }

    @Test("checkCharacter(for:) refuses prefixes that are not 17 valid characters")
    func checkCharacterForBadPrefix() {
        #expect(CreditCode.checkCharacter(for: "91350100M000100Y") == nil)
        #expect(CreditCode.checkCharacter(for: "91350100M000100YI") == nil)
    }
}
