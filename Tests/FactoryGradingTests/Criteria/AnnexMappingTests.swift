import Foundation
import Testing

@testable import FactoryGrading

/// "Every sentence of the annex is mapped to an item or marked informational."
@Suite("Annex text ↔ pack passages")
struct AnnexMappingTests {
    static func withoutWhitespace(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// `Criteria/sources/hebei-2025-annex.md` without its comment lines (`#`, `>`).
    static func annexText() throws -> String {
        let url = Fixtures.packageRoot.appendingPathComponent("Criteria/sources/hebei-2025-annex.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") && !$0.hasPrefix(">") }
            .joined(separator: "\n")
    }

    @Test("the passages, in order, are the annex text exactly (ignoring whitespace)")
    func passagesAreTheAnnex() throws {
        let pack = try Fixtures.pack()
        let annex = Self.withoutWhitespace(try Self.annexText())
        let passages = Self.withoutWhitespace(pack.passages.map(\.text.zh).joined())
        #expect(!annex.isEmpty)
        #expect(annex.count > 3000, "the annex should hold the whole text of the 要素条件")
        if annex != passages {
            // Point at the first difference so a failure is actionable.
            let a = Array(annex)
            let p = Array(passages)
            let first = (0..<min(a.count, p.count)).first { a[$0] != p[$0] } ?? min(a.count, p.count)
            Issue.record(
                """
                annex and passages differ at character \(first): \
                annex "…\(String(a[max(0, first - 15)..<min(a.count, first + 15)]))…" vs \
                passages "…\(String(p[max(0, first - 15)..<min(p.count, first + 15)]))…"
                """)
        }
    }

    @Test("each passage has Chinese and English text and a unique id")
    func passagesAreNonEmpty() throws {
        let pack = try Fixtures.pack()
        for passage in pack.passages {
            #expect(!Self.withoutWhitespace(passage.text.zh).isEmpty, "\(passage.id)")
            #expect(!passage.text.en.isEmpty, "\(passage.id)")
        }
        #expect(Set(pack.passages.map(\.id)).count == pack.passages.count)
    }

    @Test("every passage is informational or cited by a tier, rule, area, item or KPI")
    func everyPassageIsUsedOrExplained() throws {
        let pack = try Fixtures.pack()
        var cited = Set<String>()
        for tier in pack.tiers {
            cited.insert(tier.passage)
            for rule in tier.rules { if let passage = rule.passage { cited.insert(passage) } }
        }
        for area in pack.areas { cited.insert(area.passage) }
        for item in pack.items { cited.insert(item.passage) }
        for kpi in pack.kpis { if let passage = kpi.passage { cited.insert(passage) } }
        let orphans = pack.passages.filter { $0.informational == nil && !cited.contains($0.id) }.map(\.id)
        #expect(orphans.isEmpty, "passages with no item or rule and no explanation: \(orphans)")
        // Informational passages say why they yield nothing, in both languages.
        for passage in pack.passages {
            if let reason = passage.informational { #expect(!reason.zh.isEmpty && !reason.en.isEmpty, "\(passage.id)") }
        }
        // The requirements of the annex are not all waved away as informational.
        #expect(pack.passages.filter { $0.informational == nil }.count >= 40)
    }

    @Test("every passage cited anywhere exists")
    func citedPassagesExist() throws {
        let pack = try Fixtures.pack()
        for item in pack.items { #expect(pack.passage(item.passage) != nil, "\(item.id) cites \(item.passage)") }
        for tier in pack.tiers {
            #expect(pack.passage(tier.passage) != nil, "\(tier.id)")
            for rule in tier.rules { if let passage = rule.passage { #expect(pack.passage(passage) != nil, "\(rule.id) cites \(passage)") } }
        }
        for area in pack.areas { #expect(pack.passage(area.passage) != nil, "\(area.id)") }
        for kpi in pack.kpis { if let passage = kpi.passage { #expect(pack.passage(passage) != nil, "\(kpi.id)") } }
    }

    @Test("each construction item cites sentence k of its tier's 建设内容, k being its area's number (工厂建设 1 … 运营管理 5)")
    func constructionItemsCiteTheirClause() throws {
        let pack = try Fixtures.pack()
        for item in pack.items where item.kind == .construction {
            let areaNumber = try #require(pack.areas.firstIndex { $0.id == item.area }) + 1
            let tierLead = try #require(item.tier.flatMap(pack.tier)?.passage)
            // The tier's lead passage is annex.<n>.lead; its construction sentences are annex.<n>.1.<k>.
            let section = tierLead.replacingOccurrences(of: ".lead", with: "")
            #expect(item.passage == "\(section).1.\(areaNumber)", "\(item.id) cites \(item.passage)")
            let passage = try #require(pack.passage(item.passage))
            #expect(passage.text.zh.hasPrefix("\(areaNumber)."), "\(passage.id)")
        }
    }
}
