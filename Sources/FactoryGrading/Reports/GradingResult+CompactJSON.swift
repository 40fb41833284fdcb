extension GradingResult {
    /// Writes the compact form of ``write(to:pack:language:full:warnings:head:)`` (with `full` false and
    /// the pack of `fragments`), byte for byte, copying the parts `fragments` holds: tiers and rules of
    /// another pack are written as that method writes them. A `pretty` builder gets that method's output.
    public func write(
        to json: inout JSONBuilder, fragments: ResultJSONFragments, language: Language, warnings: [Diagnostic]? = nil,
        head: (inout JSONBuilder) -> Void = { _ in }
    ) {
        guard json.style == .compact else {
            return write(to: &json, pack: fragments.pack, language: language, full: false, warnings: warnings, head: head)
        }
        json.object { json in
            head(&json)
            let reached = tierReached.flatMap { id in tiers.firstIndex { $0.tier == id } }
            json.encodedMembers { output in
                fragments.bytes.withUnsafeBufferPointer { encoded in
                    func copy(_ range: Range<Int>) { output.append(contentsOf: UnsafeBufferPointer(rebasing: encoded[range])) }
                    if pack == fragments.pack.reference {
                        copy(fragments.packMember)
                    } else {
                        ResultJSONFragments.writePack(pack, into: &output)
                        output.append(contentsOf: #","tier":"#.utf8)
                    }
                    if let tier = fragments.tiers.first(where: { $0.id == tierName }) {
                        copy(tier.name)
                    } else {
                        JSONWriter.writeString(tierName, into: &output)
                    }
                    let conditional = reached.map { tiers[$0].isConditional } ?? false
                    copy(conditional ? fragments.tiersMember.conditional : fragments.tiersMember.notConditional)
                    for index in tiers.indices { writeTier(index, into: &output, fragments: fragments, encoded: encoded) }
                    output.append(UInt8(ascii: "]"))
                }
            }
            let conditions = reached.map { tiers[$0].conditions } ?? []
            let warnings = warnings ?? self.warnings
            if conditions.isEmpty, warnings.isEmpty {
                return json.encodedMembers { output in
                    fragments.bytes.withUnsafeBufferPointer {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[fragments.noConditionsOrWarnings]))
                    }
                }
            }
            json.key("conditions")
            json.array { json in for condition in conditions { json.value(condition.json(language, pack: fragments.pack)) } }
            json.key("warnings")
            json.array { json in for warning in warnings { warning.write(to: &json, language: language) } }
        }
    }

    private func writeTier(
        _ index: Int, into output: inout [UInt8], fragments: ResultJSONFragments, encoded: UnsafeBufferPointer<UInt8>
    ) {
        let verdict = tiers[index]
        let tier = index < fragments.tiers.count && fragments.tiers[index].id == verdict.tier ? fragments.tiers[index] : nil
        if let tier {
            let opening = tier.openings[ResultJSONFragments.index(of: verdict.verdict) * 2 + (verdict.isConditional ? 1 : 0)]
            output.append(contentsOf: UnsafeBufferPointer(rebasing: encoded[opening]))
        } else {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            ResultJSONFragments.writeOpening(tier: verdict.tier, verdict: verdict.verdict, conditional: verdict.isConditional, into: &output)
        }
        let rules = tier?.rules ?? 0..<0
        var closed = false
        verdict.rules.withUnsafeBufferPointer { outcomes in
            func holds(_ position: Int) -> Bool {
                position < rules.count && fragments.rules[rules.lowerBound + position] === outcomes[position].rule
            }
            var position = 0
            while position < outcomes.count {
                guard holds(position) else {
                    if position > 0 { output.append(UInt8(ascii: ",")) }
                    ResultJSONFragments.writeRule(outcomes[position].rule.id, outcomes[position].outcome, into: &output)
                    position += 1
                    continue
                }
                let outcome = outcomes[position].outcome
                var end = position + 1
                while end < outcomes.count, outcomes[end].outcome == outcome, holds(end) { end += 1 }
                let kind = ResultJSONFragments.index(of: outcome)
                let lower = fragments.outcomes[(rules.lowerBound + position) * 3 + kind].lowerBound
                var upper = fragments.outcomes[(rules.lowerBound + end - 1) * 3 + kind].upperBound
                if end == outcomes.count, end == rules.count {
                    upper += 2
                    closed = true
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: encoded[lower..<upper]))
                position = end
            }
        }
        guard !closed else { return }
        output.append(UInt8(ascii: "]"))
        output.append(UInt8(ascii: "}"))
    }
}

extension Diagnostic {
    /// Writes ``json(_:)`` without building it first.
    public func write(to json: inout JSONBuilder, language: Language) {
        json.object { json in
            json.member("severity", severity.rawValue)
            if let file { json.member("file", file) }
            if let path { json.member("path", path.description) }
            json.member("message", problem.message(language))
        }
    }
}
