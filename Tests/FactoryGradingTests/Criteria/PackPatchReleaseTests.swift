import BundledCriteria
import Foundation
import Testing

@testable import FactoryGrading

/// `hebei-2025` 1.0.1 corrects English text only (see its last note and `Criteria/README.md`): everything
/// else, and so every verdict, must be what 1.0.0 gives.
@Suite("Pack hebei-2025 1.0.1 against 1.0.0")
struct PackPatchReleaseTests {
    static func bytes(_ version: String) throws -> [UInt8] {
        let url = try #require(BundledCriteria.packsDirectory?.appendingPathComponent("hebei-2025/\(version).json"))
        return Array(try Data(contentsOf: url))
    }

    /// Every leaf (string, number, bool, null) of `value` by JSON path, the English strings apart; the
    /// top-level `version` and `notes` are left out of both.
    static func leaves(_ value: JSONValue, at path: String = "$", other: inout [String: JSONValue], english: inout [String: String]) {
        switch value {
        case .object(let members):
            for member in members where !(path == "$" && (member.key == "version" || member.key == "notes")) {
                if member.key == "en", case .string(let text) = member.value {
                    english[path + ".en"] = text
                } else {
                    leaves(member.value, at: path + "." + member.key, other: &other, english: &english)
                }
            }
        case .array(let elements):
            other[path + ".count"] = .number(Double(elements.count))
            for (index, element) in elements.enumerated() { leaves(element, at: "\(path)[\(index)]", other: &other, english: &english) }
        default:
            other[path] = value
        }
    }

    @Test("only the version, one added note and the two documented English texts differ")
    func onlyEnglishChanged() throws {
        var (oldOther, newOther): ([String: JSONValue], [String: JSONValue]) = ([:], [:])
        var (oldEnglish, newEnglish): ([String: String], [String: String]) = ([:], [:])
        Self.leaves(try JSONParser.parse(try Self.bytes("1.0.0")), other: &oldOther, english: &oldEnglish)
        Self.leaves(try JSONParser.parse(try Self.bytes("1.0.1")), other: &newOther, english: &newEnglish)
        let differing = Set(oldOther.keys).union(newOther.keys).filter { oldOther[$0] != newOther[$0] }.sorted()
        #expect(differing.isEmpty, "besides English text, these differ: \(differing.prefix(5))")
        #expect(oldOther.count > 1000)
        #expect(Set(oldEnglish.keys) == Set(newEnglish.keys))
        let changed = oldEnglish.keys.filter { newEnglish[$0] != oldEnglish[$0] }.sorted()
        let oldPack = try CriteriaPack(jsonBytes: try Self.bytes("1.0.0"))
        let newPack = try CriteriaPack(jsonBytes: try Self.bytes("1.0.1"))
        let itemPosition = try #require(oldPack.items.firstIndex { $0.id == "excellent.outcome.solutions-and-standards" })
        #expect(changed == ["$.items[\(itemPosition)].text.en", "$.tiers[3].recognition.en"])
        #expect(newEnglish["$.items[\(itemPosition)].text.en"]?.contains("exploring building") == true)
        #expect(newEnglish["$.items[\(itemPosition)].text.en"]?.contains("being built") == false)

        #expect(oldPack.version == "1.0.0")
        #expect(newPack.version == "1.0.1")
        #expect(newPack.notes.count == oldPack.notes.count + 1)
        #expect(Array(newPack.notes.prefix(oldPack.notes.count)) == oldPack.notes)
        #expect(newPack.notes.last?.en.contains("1.0.0") == true)
        #expect(newPack.notes.last?.zh.contains("1.0.0") == true)
    }

    @Test("every example and generated assessment gets the same tier and rule outcomes under both versions")
    func sameVerdicts() throws {
        let oldPack = try CriteriaPack(jsonBytes: try Self.bytes("1.0.0"))
        let newPack = try CriteriaPack(jsonBytes: try Self.bytes("1.0.1"))
        let models = [try BundledModel.model()]
        let oldGrader = Grader(pack: oldPack, maturityModels: models)
        let newGrader = Grader(pack: newPack, maturityModels: models)
        var tiersSeen = Set<String>()
        for (name, assessment) in try ResultJSONFragmentsTests.examples(newPack) {
            var asOld = assessment
            asOld.pack = oldPack.reference
            var asNew = assessment
            asNew.pack = newPack.reference
            let old = oldGrader.grade(asOld)
            let new = newGrader.grade(asNew)
            #expect(new.pack == newPack.reference, "\(name)")
            #expect(old.tierName == new.tierName, "\(name)")
            tiersSeen.insert(new.tierName)
            #expect(old.tiers.map(\.tier) == new.tiers.map(\.tier), "\(name)")
            #expect(old.tiers.map(\.verdict) == new.tiers.map(\.verdict), "\(name)")
            for (oldTier, newTier) in zip(old.tiers, new.tiers) {
                #expect(oldTier.rules.map(\.rule.id) == newTier.rules.map(\.rule.id), "\(name) \(newTier.tier)")
                #expect(oldTier.rules.map(\.outcome) == newTier.rules.map(\.outcome), "\(name) \(newTier.tier)")
                #expect(oldTier.rules.map(\.detail) == newTier.rules.map(\.detail), "\(name) \(newTier.tier)")
                #expect(oldTier.rules.map(\.conditions) == newTier.rules.map(\.conditions), "\(name) \(newTier.tier)")
            }
            #expect(old.warnings.map(\.problem) == new.warnings.map(\.problem), "\(name)")
        }
        #expect(tiersSeen == ["none", "basic", "advanced", "excellent", "leading"])
    }
}
