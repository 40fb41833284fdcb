extension Assessment {
    /// The assessment as a document in the format ``decode(jsonBytes:)`` reads.
    ///
    /// Answers and KPIs follow the pack's order when `pack` is given (ids the pack does not know come
    /// last, sorted); otherwise they are sorted by id. The same assessment always gives the same bytes.
    public func json(orderedBy pack: CriteriaPack? = nil) -> JSONValue {
        let itemOrder = pack?.items.map(\.id) ?? []
        let kpiOrder = pack?.kpis.map(\.id) ?? []
        let scopeOrder = pack?.kpiScopes.map(\.id) ?? []
        let answerMembers = Self.ordered(answers, by: itemOrder).map { id, answer in JSONMember(id, answer.json) }
        let kpiMembers = Self.ordered(kpis, by: kpiOrder).map { id, entry in JSONMember(id, entry.json(scopeOrder: scopeOrder)) }
        return .object([
            "format": .string(Self.formatName),
            "formatVersion": .number(Double(Self.formatVersion)),
            "pack": .object(["id": .string(self.pack.id), "version": .string(self.pack.version)]),
            "profile": profile.json,
            "answers": .object(answerMembers),
            "maturity": maturity?.json,
            "kpis": .object(kpiMembers),
        ])
    }

    static func ordered<Value>(_ dictionary: IdentifierMap<Value>, by order: [String]) -> [(String, Value)] {
        var result: [(String, Value)] = order.compactMap { id in dictionary[id].map { (id, $0) } }
        let known = Set(order)
        result += dictionary.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return result
    }
}

extension Profile {
    var json: JSONValue {
        .object([
            "enterpriseName": .optional(enterpriseName),
            "creditCode": .optional(creditCode),
            "regionCode": .optional(regionCode),
            "industryCode": .optional(industryCode),
            "manufacturingType": .optional(manufacturingType?.rawValue),
            "annualRevenue": .optional(annualRevenue),
            "assessor": .optional(assessor),
            "assessmentDate": .optional(assessmentDate),
        ])
    }
}

extension Answer {
    var json: JSONValue {
        if evidence == nil, justification == nil, let status, status != .excepted { return .string(status.rawValue) }
        return .object([
            "status": .optional(status?.rawValue),
            "evidence": .optional(evidence),
            "justification": .optional(justification),
        ])
    }
}

extension MaturityResult {
    var json: JSONValue {
        .object([
            "level": .optional(level),
            "score": .optional(score),
            "source": .optional(source?.rawValue),
            "reportNumber": .optional(reportNumber),
            "reportDate": .optional(reportDate),
            "selfDiagnosis": selfDiagnosis?.json,
        ])
    }
}

extension SelfDiagnosis {
    var json: JSONValue {
        func sorted(_ values: IdentifierMap<String>) -> JSONValue {
            .object(values.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })
        }
        return .object([
            "model": .object(["id": .string(model.id), "version": .string(model.version)]),
            "answers": sorted(answers),
            "tailoring": tailoring.isEmpty ? nil : sorted(tailoring),
        ])
    }
}

extension KPIRawInputs {
    /// The inputs under the formulas' names, in the format's order.
    var json: JSONValue {
        var members: [JSONMember] = []
        for field in RawField.inOrder {
            if let value = fields[number: field] {
                members.append(JSONMember(field.name, .number(value)))
            } else if let oee = fields[oee: field] {
                members.append(
                    JSONMember(
                        field.name,
                        .object([
                            "availability": .number(oee.availability), "performance": .number(oee.performance), "quality": .number(oee.quality),
                        ])))
            } else if let period = fields[period: field] {
                members.append(JSONMember(field.name, .string(period)))
            }
        }
        return .object(members)
    }
}

extension KPIEntry {
    func json(scopeOrder: [String]) -> JSONValue {
        let comparisonMembers = Assessment.ordered(comparisons, by: scopeOrder).map { scope, comparison in
            switch comparison {
            case .benchmark(let value, let source):
                JSONMember(scope, .object(["benchmark": .number(value), "source": .string(source)]))
            case .declared(let meets, let evidence):
                JSONMember(
                    scope,
                    .object([
                        "declared": .string((meets ? DeclaredComparison.meets : .doesNotMeet).rawValue), "evidence": .string(evidence),
                    ]))
            }
        }
        return .object([
            "value": .optional(value),
            "raw": raw?.json,
            "main": main.map(JSONValue.bool),
            "comparisons": comparisonMembers.isEmpty ? nil : .object(comparisonMembers),
        ])
    }
}
