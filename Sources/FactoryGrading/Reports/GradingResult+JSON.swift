extension GradingResult {
    /// The result as JSON.
    ///
    /// The compact form (for `classify`) gives each rule's id and outcome; the full form (for
    /// `explain`) adds kind, title, clause, the values looked at and the message in both languages.
    public func json(pack: CriteriaPack, language: Language, full: Bool) -> JSONValue {
        var builder = JSONBuilder(style: .compact)
        write(to: &builder, pack: pack, language: language, full: full)
        return (try? JSONParser.parse(builder.bytes)) ?? .null
    }

    /// Writes the result as one JSON object: `head` writes leading members (such as the file name);
    /// `warnings`, when given, replaces the result's own warnings.
    public func write(
        to json: inout JSONBuilder, pack: CriteriaPack, language: Language, full: Bool, warnings: [Diagnostic]? = nil,
        head: (inout JSONBuilder) -> Void = { _ in }
    ) {
        json.object { json in
            head(&json)
            json.key("pack")
            json.object { json in
                json.member("id", self.pack.id)
                json.member("version", self.pack.version)
            }
            json.member("tier", tierName)
            json.key("conditional")
            json.bool(tierReached.flatMap(verdict)?.isConditional ?? false)
            json.key("tiers")
            json.array { json in
                for verdict in tiers {
                    json.object { json in
                        json.member("tier", verdict.tier)
                        json.member("verdict", verdict.verdict.rawValue)
                        json.key("conditional")
                        json.bool(verdict.isConditional)
                        json.key("rules")
                        json.array { json in
                            verdict.rules.withUnsafeBufferPointer { rules in
                                for index in rules.indices { write(rules[index], to: &json, pack: pack, language: language, full: full) }
                            }
                        }
                    }
                }
            }
            json.key("conditions")
            json.array { json in for condition in conditions { json.value(condition.json(language, pack: pack)) } }
            json.key("warnings")
            json.array { json in for warning in warnings ?? self.warnings { warning.write(to: &json, language: language) } }
        }
    }

    private func write(_ outcome: RuleOutcome, to json: inout JSONBuilder, pack: CriteriaPack, language: Language, full: Bool) {
        json.object { json in
            json.member("id", outcome.rule.id)
            guard full else { return json.member("outcome", outcome.outcome.rawValue) }
            json.member("kind", outcome.rule.kind.name)
            json.member("title", outcome.rule.title.json)
            json.member("clause", outcome.rule.clause)
            json.member("outcome", outcome.outcome.rawValue)
            json.member("values", outcome.detail.json)
            json.member("message", LocalizedText(zh: outcome.message(.zh, pack: pack), en: outcome.message(.en, pack: pack)).json)
            if !outcome.conditions.isEmpty {
                json.key("conditions")
                json.array { json in for condition in outcome.conditions { json.value(condition.json(language, pack: pack)) } }
            }
        }
    }
}

extension Condition {
    /// The condition as JSON: its kind, its values and its message.
    public func json(_ language: Language, pack: CriteriaPack) -> JSONValue {
        let message = JSONValue.string(self.message(language, pack: pack))
        switch self {
        case .estimatedMaturity(let level):
            return .object(["kind": "estimatedMaturity", "level": .number(Double(level)), "message": message])
        case .areaException(let tier, let area, let items):
            return .object([
                "kind": "areaException", "tier": .string(tier), "area": .string(area), "items": .array(items.map(JSONValue.string)),
                "message": message,
            ])
        case .declaredComparison(let kpi, let scope):
            return .object(["kind": "declaredComparison", "kpi": .string(kpi), "scope": .string(scope), "message": message])
        }
    }
}

extension Diagnostic {
    /// The diagnostic as JSON: severity, file, path and message.
    public func json(_ language: Language) -> JSONValue {
        .object([
            "severity": .string(severity.rawValue),
            "file": .optional(file),
            "path": .optional(path?.description),
            "message": .string(problem.message(language)),
        ])
    }
}

extension RuleDetail {
    /// The values a rule looked at, as JSON.
    public var json: JSONValue {
        switch self {
        case .item(let id, let status):
            return .object(["item": .string(id), "answer": status.map { .string($0.rawValue) } ?? .null])
        case .maturity(let minimumLevel, let evidence):
            var members = [
                JSONMember("minimumLevel", .number(Double(minimumLevel))),
                JSONMember("level", evidence.level.map { .number(Double($0)) } ?? .null),
                JSONMember("source", evidence.source.map { .string($0.rawValue) } ?? .null),
                JSONMember("fromSelfDiagnosis", .bool(evidence.fromSelfDiagnosis)),
            ]
            if evidence.hasSelfDiagnosis {
                members.append(JSONMember("selfDiagnosisLevel", evidence.selfDiagnosisLevel.map { .number(Double($0)) } ?? .null))
            }
            return .object(members)
        case .coverage(let detail):
            let strings = { (ids: [String]) in JSONValue.array(ids.map(JSONValue.string)) }
            return .object([
                "exceptionsAllowed": .bool(detail.exceptionsAllowed),
                "maxExceptedAreas": .number(Double(detail.maxExceptedAreas)),
                "areas": .array(
                    detail.areas.map { area in
                        .object([
                            "area": .string(area.area),
                            "required": .bool(area.required),
                            "status": .string(area.status.rawValue),
                            "items": .number(Double(area.itemCount)),
                            "met": .number(Double(area.metCount)),
                            "notMet": strings(area.notMet),
                            "excepted": strings(area.excepted),
                            "unanswered": strings(area.unanswered),
                        ])
                    }),
            ])
        case .kpiScope(let detail):
            return .object([
                "scope": .string(detail.scope),
                "minimumCount": .number(Double(detail.minimumCount)),
                "undecided": .number(Double(detail.undecided)),
                "indicators": .array(detail.indicators.map(\.json)),
            ])
        case .ladder(let lowerTier, let lowerVerdict):
            return .object(["lowerTier": .string(lowerTier), "lowerVerdict": .string(lowerVerdict.rawValue)])
        }
    }
}

extension IndicatorComparison {
    var json: JSONValue {
        let basis: JSONValue
        switch self.basis {
        case .benchmark(let scope, let value, let source, let comparison):
            basis = .object([
                "kind": "benchmark", "scope": .string(scope), "benchmark": .number(value), "source": .string(source),
                "comparison": .string(comparison.rawValue),
            ])
        case .table(let scope, let row, let comparison):
            basis = .object([
                "kind": "table", "scope": .string(scope), "benchmark": .number(row.value), "source": .string(row.source),
                "comparison": .string(comparison.rawValue), "line": .number(Double(row.line)), "industry": .string(row.industry),
                "region": .string(row.region), "year": .number(Double(row.year)),
            ])
        case .declared(let scope, let meets, let evidence):
            basis = .object(["kind": "declared", "scope": .string(scope), "meets": .bool(meets), "evidence": .string(evidence)])
        case .missing:
            basis = .object(["kind": "missing"])
        }
        let originText: String
        var members: [JSONMember] = [JSONMember("kpi", .string(kpi)), JSONMember("value", value.map(JSONValue.number) ?? .null)]
        switch origin {
        case .entered: originText = "entered"
        case .computed: originText = "computed"
        case .undefined(let reason):
            originText = "undefined"
            members.append(JSONMember("undefined", .string(reason.message(.en))))
        }
        members.insert(JSONMember("origin", .string(originText)), at: 2)
        members += [JSONMember("outcome", .string(outcome.rawValue)), JSONMember("basis", basis)]
        return .object(members)
    }
}
