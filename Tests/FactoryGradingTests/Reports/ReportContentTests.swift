import Testing

@testable import FactoryGrading

/// What the reports say, checked against the grading result they render.
@Suite("Reports")
struct ReportContentTests {
    @Test("the result JSON names the tier reached, whether it is conditional, and every tier's verdict")
    func resultJSON() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("advanced", pack: pack).with(maturity: MaturityResult(level: 2, source: .estimate))
        let result = grade(assessment, pack: pack)
        let json = result.json(pack: pack, language: .en, full: false)
        #expect(json["tier"] == "advanced")
        #expect(json["conditional"] == true)
        #expect(json["pack"] == .object([JSONMember("id", "hebei-2025"), JSONMember("version", "1.0.0")]))
        guard case .array(let tiers)? = json["tiers"] else {
            Issue.record("tiers must be an array")
            return
        }
        #expect(tiers.map { $0["tier"] } == pack.tiers.map { .string($0.id) })
        #expect(tiers.map { $0["verdict"] } == result.tiers.map { .string($0.verdict.rawValue) })
        // The compact form gives each rule's id and outcome only.
        guard case .array(let rules)? = tiers[0]["rules"], case .object(let members)? = rules.first else {
            Issue.record("rules must be objects")
            return
        }
        #expect(members.map(\.key) == ["id", "outcome"])
        guard case .array(let conditions)? = json["conditions"] else { return }
        #expect(conditions.map { $0["kind"] } == ["estimatedMaturity"])
    }

    @Test("the full result JSON carries each rule's message in both languages and the values it looked at")
    func fullResultJSON() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("basic", pack: pack).with("base.security", .notMet), pack: pack)
        let json = result.json(pack: pack, language: .zh, full: true)
        #expect(json["tier"] == "none")
        guard case .array(let tiers)? = json["tiers"], case .array(let rules)? = tiers.first?["rules"] else {
            Issue.record("tiers and rules must be arrays")
            return
        }
        let security = try #require(rules.first { $0["id"] == "basic/security" })
        #expect(security["outcome"] == "notMet")
        #expect(security["kind"] == "item")
        #expect(security["values"] == .object([JSONMember("item", "base.security"), JSONMember("answer", "notMet")]))
        let message = try #require(security["message"])
        #expect(message["zh"] == .string(result.outcome("basic/security")!.message(.zh, pack: pack)))
        #expect(message["en"] == .string(result.outcome("basic/security")!.message(.en, pack: pack)))
    }

    @Test("the summary names the tier in the chosen language and marks a conditional result")
    func summary() throws {
        let pack = try Fixtures.pack()
        let conditional = Build.reaching("advanced", pack: pack).with(maturity: MaturityResult(level: 2, source: .estimate))
        let result = grade(conditional, pack: pack)
        let zh = TextReport.summary(result, assessment: conditional, pack: pack, file: "tangshan.json", language: .zh)
        #expect(zh.hasPrefix("tangshan.json: 先进级(附条件) — 唐山示例装备制造有限公司"), "\(zh)")
        let en = TextReport.summary(result, assessment: conditional, pack: pack, file: "tangshan.json", language: .en)
        #expect(en.hasPrefix("tangshan.json: Advanced (conditional)"), "\(en)")
        let none = grade(Build.reaching(nil, pack: pack), pack: pack)
        #expect(TextReport.summary(none, assessment: conditional, pack: pack, file: "x", language: .en).hasPrefix("x: none"))
    }

    @Test("the explanation marks each rule met, not met or undetermined, with its clause")
    func explanation() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack).with("base.security", .notMet).with("base.scale", nil)
        let text = TextReport.explanation(grade(assessment, pack: pack), assessment: assessment, pack: pack, file: "a.json", language: .en)
        #expect(text.contains("[-] basic/security"))
        #expect(text.contains("[?] basic/scale"))
        #expect(text.contains("[+] basic/good-standing"))
        #expect(text.contains("(附件 一、3)"))
    }

    @Test("Markdown escapes table separators in text the user typed")
    func markdownEscapes() throws {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("basic", pack: pack)
        assessment.profile.enterpriseName = "唐山|示例\n公司"
        let markdown = MarkdownReport.render(
            grade(assessment, pack: pack), assessment: assessment, pack: pack, gaps: nil, file: "a.json", language: .zh)
        #expect(markdown.contains(#"| 企业 | 唐山\|示例 公司 |"#))
        #expect(markdown.hasSuffix("\n"))
    }

    @Test("the Markdown report includes the gap analysis when given")
    func markdownWithGaps() throws {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack)
        let result = grade(assessment, pack: pack)
        let gaps = try #require(GapAnalysis(pack: pack).gaps(for: assessment, result: result))
        let markdown = MarkdownReport.render(result, assessment: assessment, pack: pack, gaps: gaps, file: "a.json", language: .en)
        #expect(markdown.contains("## Gap analysis"))
        #expect(markdown.contains("`advanced.outcome.provincial-leadership`"))
        let without = MarkdownReport.render(result, assessment: assessment, pack: pack, gaps: nil, file: "a.json", language: .en)
        #expect(!without.contains("## Gap analysis"))
    }

    @Test("the checklist for a tier lists the basic requirements once and every tier up to it")
    func checklist() throws {
        let pack = try Fixtures.pack()
        let text = Checklist.render(pack: pack, tier: "advanced", language: .zh, markdown: true)
        for item in pack.baseItems {
            #expect(text.components(separatedBy: "`\(item.id)`").count == 2, "\(item.id) listed once")
        }
        for item in pack.items where item.tier == "basic" || item.tier == "advanced" {
            #expect(text.contains("`\(item.id)`"), "\(item.id)")
        }
        #expect(!text.contains("`excellent."))
        #expect(text.contains("- [ ] "))
        let plain = Checklist.render(pack: pack, tier: nil, language: .en, markdown: false)
        #expect(pack.items.allSatisfy { plain.contains($0.id) })
        #expect(!plain.contains("- [ ] "))
    }
}
