/// What is wrong, as data; ``message(_:)`` says it to a person in Chinese or English.
public enum Problem: Sendable, Equatable {
    // Reading files (reported by the edges that do I/O).
    case fileNotFound
    case fileUnreadable(String)
    case notADocument
    /// A folder given as assessments holds no `.json` or `.jsonl` file.
    case noDocumentsInFolder
    /// A folder given as criteria holds no `<id>/<version>.json` file.
    case noCriteriaFiles
    /// A `.json` file directly in a criteria folder, outside the `<id>/<version>.json` layout.
    case criteriaFileOutsideLayout

    // JSON and types.
    case syntax(JSONSyntaxError)
    case missingField(String)
    case unknownField(String, allowed: [String])
    case wrongType(expected: String, found: JSONKind)
    case emptyText
    case notInteger(Double)
    case outOfRange(Double, min: Double?, max: Double?)
    case notOneOf(String, allowed: [String])
    case wrongFormat(found: String, expected: String)
    case unsupportedFormatVersion(Double, supported: Int)
    case invalidDate(String)
    case invalidVersion(String)
    case invalidIdentifier(String)
    case fieldNotAllowed(String, kind: String)

    // Assessment content.
    case invalidCreditCode(String, CreditCode.Defect)
    case invalidRegionCode(String)
    case regionOutsidePack(String, packRegion: String)
    case invalidIndustryCode(String)
    case notManufacturing(String)
    case unknownItem(String)
    case unknownKPI(String)
    case unknownScope(String, allowed: [String])
    case exceptionNotAllowed(String)
    case justificationRequired
    case evidenceRequired
    case sourceRequired
    case officialReportDetailsMissing(String)
    case implausibleKPI(Double, min: Double?, max: Double?)
    case countNotWhole(Double)
    case unanswered(answered: Int, total: Int)
    case valueAndRawInputs
    case csvRow(line: Int, column: String?, problem: CSVProblem)
    case rawInputsForOtherFormula(given: [String], expected: [String])
    case partExceedsWhole(part: Double, whole: Double)
    case kpiUndefined(KPIComputation.UndefinedReason)
    case unknownMaturityModel(String, available: [String])
    case unknownQuestion(String)
    case unknownSatisfaction(String, allowed: [String])
    case unknownSubdomain(String)
    case maturityEstimateDiffers(stated: Int, estimate: Int?)

    // Packs.
    case unknownPack(String, available: [String])
    case unknownPackVersion(String, String, available: [String])
    case duplicateID(String)
    case unresolvedReference(String)
    case unreferencedPassage(String)
    case packIncomplete(String)
    /// A list that must name at least one element is empty.
    case emptyList
    case invalidPackID(String)
    case invalidScopeID(String)
    case invalidRegionPrefix(String)
    case ruleOutsideTier(String, tier: String)
    case packLocationMismatch(found: String, expected: String)
    case invalidScoreBands
    case weightsDoNotSumToOne(String)

    // Consistency warnings from grading.
    case revenueBelowScaleThreshold(revenue: Double, threshold: Double)
    case maturityScoreOutsideBand(score: Double, level: Int, lower: Double, upper: Double?)
    case mainIndicatorWithoutValue(String)

    /// The problem in words, without file or path.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .fileNotFound:
            return zh ? "文件不存在" : "no such file"
        case .fileUnreadable(let reason):
            return zh ? "无法读取文件(\(reason))" : "cannot read the file (\(reason))"
        case .notADocument:
            return zh ? "不是评估文件或 JSON Lines 文件" : "not an assessment file or a JSON Lines file"
        case .noDocumentsInFolder:
            return zh ? "文件夹中(含子文件夹)没有 .json 或 .jsonl 文件" : "the folder (with its subfolders) holds no .json or .jsonl file"
        case .noCriteriaFiles:
            return zh ? "文件夹中没有按 <id>/<版本>.json 存放的标准包或成熟度模型" : "the folder holds no pack or maturity model stored as <id>/<version>.json"
        case .criteriaFileOutsideLayout:
            return zh ? "未作为标准包读取:文件夹中的标准包和成熟度模型须按 <id>/<版本>.json 存放(或直接给出文件本身)"
                : "not read as criteria: in a folder, packs and maturity models are stored as <id>/<version>.json (or give the file itself)"
        case .syntax(let error):
            return zh
                ? "JSON 语法错误(第 \(error.line) 行第 \(error.column) 列):\(Self.reason(error.reason, zh: true))"
                : "invalid JSON at line \(error.line), column \(error.column): \(Self.reason(error.reason, zh: false))"
        case .missingField(let name):
            return zh ? "缺少必填字段 \"\(name)\"" : "required field \"\(name)\" is missing"
        case .unknownField(let name, let allowed):
            let list = allowed.joined(separator: ", ")
            return zh ? "未知字段 \"\(name)\"(允许的字段:\(list))" : "unknown field \"\(name)\" (allowed: \(list))"
        case .wrongType(let expected, let found):
            return zh ? "类型错误:应为\(Self.typeName(expected, zh: true)),实际为\(Self.kindName(found, zh: true))"
                : "wrong type: expected \(Self.typeName(expected, zh: false)), found \(Self.kindName(found, zh: false))"
        case .emptyText:
            return zh ? "不能为空或只有空白" : "must not be empty or only white space"
        case .notInteger(let value):
            return zh ? "应为整数,实际为 \(Self.number(value))" : "must be a whole number, found \(Self.number(value))"
        case .outOfRange(let value, let min, let max):
            return zh ? "数值 \(Self.number(value)) 超出有效范围 \(Self.range(min, max))"
                : "value \(Self.number(value)) is outside the valid range \(Self.range(min, max))"
        case .notOneOf(let value, let allowed):
            let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
            return zh ? "取值 \"\(value)\" 无效,应为 \(list) 之一" : "\"\(value)\" is not valid; expected one of \(list)"
        case .wrongFormat(let found, let expected):
            return zh ? "文件类型为 \"\(found)\",应为 \"\(expected)\"" : "file kind is \"\(found)\", expected \"\(expected)\""
        case .unsupportedFormatVersion(let found, let supported):
            return zh ? "格式版本 \(Self.number(found)) 不受支持(本工具支持版本 \(supported));可能由更新版本的工具写入"
                : "format version \(Self.number(found)) is not supported (this tool reads version \(supported)); it may have been written by a newer version"
        case .invalidDate(let text):
            return zh ? "日期 \"\(text)\" 无效,应为 YYYY-MM-DD 格式、1900 年或以后的真实日期"
                : "\"\(text)\" is not a real date in YYYY-MM-DD form, in 1900 or later"
        case .invalidVersion(let text):
            return zh ? "版本号 \"\(text)\" 无效,应为语义化版本(如 1.0.0)" : "\"\(text)\" is not a semantic version such as 1.0.0"
        case .invalidIdentifier(let text):
            return zh ? "标识 \"\(text)\" 无效,只能包含小写字母、数字、点、短横线和斜杠"
                : "\"\(text)\" is not a valid id (lower-case letters, digits, '.', '-', '/')"
        case .fieldNotAllowed(let field, let kind):
            return zh ? "\(kind) 类条目不应有字段 \"\(field)\"" : "a \(kind) item must not have \"\(field)\""
        case .invalidCreditCode(let code, let defect):
            return zh ? "统一社会信用代码 \"\(code)\" 无效:\(defect.message(.zh))"
                : "unified social credit code \"\(code)\" is invalid: \(defect.message(.en))"
        case .invalidRegionCode(let code):
            return zh ? "行政区划代码 \"\(code)\" 无效,应为 GB/T 2260 的 6 位数字代码(如 130300)"
                : "region code \"\(code)\" is invalid; expected a 6-digit GB/T 2260 code such as 130300"
        case .regionOutsidePack(let code, let packRegion):
            return zh ? "行政区划代码 \(code) 不在本标准包适用地区(\(packRegion))内"
                : "region \(code) is outside the region this criteria pack applies to (\(packRegion))"
        case .invalidIndustryCode(let code):
            return zh ? "行业代码 \"\(code)\" 无效,应为 GB/T 4754-2017 的 2–4 位代码(可加前缀 C,如 C3484)"
                : "industry code \"\(code)\" is invalid; expected a 2–4 digit GB/T 4754-2017 code, optionally prefixed C (e.g. C3484)"
        case .notManufacturing(let code):
            return zh ? "行业代码 \(code) 不属于制造业(门类 C,大类 13–43)"
                : "industry code \(code) is not manufacturing (section C, divisions 13–43)"
        case .unknownItem(let id):
            return zh ? "标准包中没有条目 \"\(id)\"" : "the criteria pack has no item \"\(id)\""
        case .unknownKPI(let id):
            return zh ? "标准包中没有指标 \"\(id)\"" : "the criteria pack has no KPI \"\(id)\""
        case .unknownScope(let id, let allowed):
            let list = allowed.joined(separator: ", ")
            return zh ? "未知的对标范围 \"\(id)\"(应为 \(list) 之一)" : "unknown benchmark scope \"\(id)\" (expected one of \(list))"
        case .exceptionNotAllowed(let id):
            return zh ? "条目 \(id) 不允许“说明例外”,只能回答达到或未达到"
                : "item \(id) cannot be excepted; answer met or not met"
        case .justificationRequired:
            return zh ? "“说明例外”必须附书面理由(justification)" : "an exception needs a written justification"
        case .evidenceRequired:
            return zh ? "自行声明的对标结论必须附证据说明(evidence)" : "a declared comparison needs evidence"
        case .sourceRequired:
            return zh ? "对标值必须注明来源(source)" : "a benchmark value needs its source"
        case .officialReportDetailsMissing(let field):
            return zh ? "官方评估结果必须注明 \(field)" : "an official maturity result needs \(field)"
        case .implausibleKPI(let value, let min, let max):
            return zh ? "数值 \(Self.number(value)) 不在常见范围 \(Self.range(min, max)) 内,请核对"
                : "value \(Self.number(value)) is outside the plausible range \(Self.range(min, max)); please check it"
        case .countNotWhole(let value):
            return zh ? "计数类指标应为整数,实际为 \(Self.number(value))" : "a count must be a whole number, found \(Self.number(value))"
        case .unanswered(let answered, let total):
            return zh ? "尚有 \(total - answered) 个条目未作答(已答 \(answered)/\(total));未作答视为未知,不视为未达到"
                : "\(Self.count(total - answered, "item")) \(total - answered == 1 ? "is" : "are") unanswered (\(answered)/\(total) answered); unanswered counts as unknown, not as not met"
        case .csvRow(let line, let column, let problem):
            let place = column.map { zh ? "第 \(line) 行 \($0) 列" : "line \(line), column \($0)" } ?? (zh ? "第 \(line) 行" : "line \(line)")
            return place + (zh ? ":" : ": ") + Self.csvMessage(problem, zh: zh)
        case .valueAndRawInputs:
            return zh ? "请只填写 value(指标值)或 raw(原始数据)其中之一" : "give either value or raw inputs, not both"
        case .rawInputsForOtherFormula(let given, let expected):
            return zh ? "原始数据字段 \(given.joined(separator: ", ")) 与该指标的计算公式不符(应为 \(expected.joined(separator: ", ")))"
                : "raw inputs \(given.joined(separator: ", ")) do not fit this KPI's formula (expected \(expected.joined(separator: ", ")))"
        case .partExceedsWhole(let part, let whole):
            return zh ? "分子 \(Self.number(part)) 大于分母 \(Self.number(whole))" : "part \(Self.number(part)) exceeds whole \(Self.number(whole))"
        case .kpiUndefined(let reason):
            return zh ? "指标值无法计算:\(reason.message(.zh))" : "the KPI value is undefined: \(reason.message(.en))"
        case .unknownMaturityModel(let id, let available):
            return zh ? "找不到成熟度模型 \(id)(可用:\(available.joined(separator: ", ")))"
                : "no maturity model \(id) (available: \(available.joined(separator: ", ")))"
        case .unknownQuestion(let id):
            return zh ? "成熟度模型中没有问题 \"\(id)\"" : "the maturity model has no question \"\(id)\""
        case .unknownSatisfaction(let id, let allowed):
            return zh ? "满足程度 \"\(id)\" 无效,应为 \(allowed.joined(separator: ", ")) 之一"
                : "\"\(id)\" is not a satisfaction grade; expected one of \(allowed.joined(separator: ", "))"
        case .unknownSubdomain(let id):
            return zh ? "成熟度模型中没有能力子域 \"\(id)\"" : "the maturity model has no sub-domain \"\(id)\""
        case .maturityEstimateDiffers(let stated, let estimate):
            let estimateText = estimate.map { zh ? "\($0) 级" : "level \($0)" } ?? (zh ? "未达到 1 级" : "below level 1")
            return zh ? "填报的成熟度 \(stated) 级与快速预诊断估计(\(estimateText))不一致"
                : "the stated maturity level \(stated) differs from the quick self-diagnosis estimate (\(estimateText))"
        case .unknownPack(let id, let available):
            let list = available.isEmpty ? (zh ? "无" : "none") : available.joined(separator: ", ")
            return zh ? "找不到标准包 \"\(id)\"(可用:\(list))" : "no criteria pack \"\(id)\" (available: \(list))"
        case .unknownPackVersion(let id, let version, let available):
            let list = available.joined(separator: ", ")
            return zh ? "标准包 \(id) 没有版本 \(version)(可用版本:\(list))"
                : "criteria pack \(id) has no version \(version) (available: \(list))"
        case .duplicateID(let id):
            return zh ? "标识 \"\(id)\" 重复" : "id \"\(id)\" is used more than once"
        case .unresolvedReference(let id):
            return zh ? "引用了不存在的标识 \"\(id)\"" : "refers to \"\(id)\", which does not exist"
        case .unreferencedPassage(let id):
            return zh ? "政策原文段落 \(id) 既未被任何条目、规则、等级、领域或指标引用,也未标注为说明性文字"
                : "passage \(id) is neither referenced by an item, rule, tier, area or KPI nor marked informational"
        case .packIncomplete(let what):
            return zh ? "标准包不完整:\(what)" : "the criteria pack is incomplete: \(what)"
        case .emptyList:
            return zh ? "列表为空,至少应有一项" : "the list is empty; it needs at least one element"
        case .invalidPackID(let text):
            return zh ? "标准包标识 \"\(text)\" 无效,只能包含小写字母、数字和短横线(它也是文件夹名)"
                : "\"\(text)\" is not a valid pack id (lower-case letters, digits and '-'; it is also a folder name)"
        case .invalidScopeID(let text):
            return zh ? "对标范围标识 \"\(text)\" 无效,只能包含字母、数字、点和短横线"
                : "\"\(text)\" is not a valid benchmark scope id (letters, digits, '.' and '-')"
        case .ruleOutsideTier(let id, let tier):
            return zh ? "规则标识 \"\(id)\" 应以所属等级标识和斜杠 \"\(tier)/\" 开头"
                : "rule id \"\(id)\" must begin with its tier's id and a slash, \"\(tier)/\""
        case .invalidRegionPrefix(let text):
            return zh ? "地区代码 \"\(text)\" 无效,应为 GB/T 2260 代码的前 2、4 或 6 位数字(如 13)"
                : "region \"\(text)\" is invalid; expected the first 2, 4 or 6 digits of a GB/T 2260 code (e.g. 13)"
        case .packLocationMismatch(let found, let expected):
            return zh ? "文件内容为 \(found),但其路径对应 \(expected);标准包和成熟度模型须按 <id>/<版本>.json 存放"
                : "the file holds \(found) but its path says \(expected); store packs and maturity models as <id>/<version>.json"
        case .weightsDoNotSumToOne(let parent):
            return zh ? "\(parent) 下各项权重之和不为 1" : "the weights under \(parent) do not sum to 1"
        case .invalidScoreBands:
            return zh ? "成熟度得分区间应为 5 个递增的数值" : "maturity score bands must be five increasing numbers"
        case .revenueBelowScaleThreshold(let revenue, let threshold):
            return zh ? "年营业收入 \(Self.number(revenue)) 元低于规模以上工业企业标准 \(Self.number(threshold)) 元,但基础要求 1 回答为达到"
                : "annual revenue \(Self.number(revenue)) CNY is below the above-scale threshold of \(Self.number(threshold)) CNY, yet basic requirement 1 is answered met"
        case .maturityScoreOutsideBand(let score, let level, let lower, let upper):
            let band = upper.map { "[\(Self.number(lower)), \(Self.number($0)))" } ?? "[\(Self.number(lower)), 5]"
            return zh ? "成熟度得分 \(Self.number(score)) 不在 \(level) 级的得分区间 \(band) 内"
                : "maturity score \(Self.number(score)) is outside the band \(band) of level \(level)"
        case .mainIndicatorWithoutValue(let id):
            return zh ? "指标 \(id) 被列为主要技术经济指标,但没有填写数值" : "KPI \(id) is presented as a main indicator but has no value"
        }
    }

    /// `value` as JSON writes it, except that every whole number a JSON number holds exactly is written
    /// out in digits (a range's end of 2^53 − 1 reads as such, not in exponent form).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) <= JSONObjectReader.largestInteger { return String(Int64(value)) }
        return JSONWriter.numberText(value)
    }

    static func csvMessage(_ problem: CSVProblem, zh: Bool) -> String {
        switch problem {
        case .notUTF8: return zh ? "文件不是 UTF-8 编码" : "the file is not UTF-8"
        case .header(let expected):
            return zh ? "表头应为 \(expected.joined(separator: ","))" : "the header must be \(expected.joined(separator: ","))"
        case .fieldCount(let found, let expected):
            return zh ? "有 \(found) 个字段,应为 \(expected) 个" : "\(found) fields, expected \(expected)"
        case .value(let text): return zh ? "取值 \"\(text)\" 无效" : "\"\(text)\" is not valid here"
        case .unknownKPI(let id): return zh ? "标准包中没有指标 \"\(id)\"" : "the criteria pack has no KPI \"\(id)\""
        case .regionForScope(let region, let scope):
            return zh ? "对标范围 \(scope) 的地区应为\(scope.hasPrefix("provincial") ? "省级代码(如 130000)" : " 000000"),实际为 \(region)"
                : "scope \(scope) needs \(scope.hasPrefix("provincial") ? "a province code such as 130000" : "region 000000"), found \(region)"
        case .outOfRange(let value, let min, let max):
            return zh ? "数值 \(number(value)) 超出该指标的有效范围 \(range(min, max))"
                : "value \(number(value)) is outside the KPI's valid range \(range(min, max))"
        case .empty: return zh ? "不能为空" : "must not be empty"
        case .unterminatedQuote: return zh ? "引号未闭合" : "a quote is not closed"
        case .duplicate(let first): return zh ? "与第 \(first) 行重复" : "repeats line \(first)"
        }
    }

    /// `1 item`, `2 items`: English counts.
    public static func count(_ number: Int, _ noun: String) -> String { number == 1 ? "1 \(noun)" : "\(number) \(noun)s" }

    static func range(_ min: Double?, _ max: Double?) -> String {
        "[\(min.map(number) ?? "−∞"), \(max.map(number) ?? "+∞")]"
    }

    static func typeName(_ name: String, zh: Bool) -> String {
        switch name {
        case "string": zh ? "字符串" : "a string"
        case "number": zh ? "数值" : "a number"
        case "integer": zh ? "整数" : "a whole number"
        case "boolean": zh ? "布尔值(true/false)" : "a boolean (true/false)"
        case "object": zh ? "对象" : "an object"
        case "array": zh ? "数组" : "an array"
        default: name
        }
    }

    static func kindName(_ kind: JSONKind, zh: Bool) -> String {
        switch kind {
        case .null: zh ? "null" : "null"
        case .bool: zh ? "布尔值" : "a boolean"
        case .number: zh ? "数值" : "a number"
        case .string: zh ? "字符串" : "a string"
        case .array: zh ? "数组" : "an array"
        case .object: zh ? "对象" : "an object"
        }
    }

    /// A character as a message shows it: quoted when it can be seen, else (a control character, a space
    /// other than the ASCII one, an invisible format character) by its code point, so that a full-width
    /// space or a stray control character can be found.
    static func visible(_ character: String) -> (text: String, isSpace: Bool) {
        guard let scalar = character.unicodeScalars.first else { return ("''", false) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if scalar.properties.isWhitespace { return (code, true) }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: return (code, false)
        default: return scalar.isASCII ? ("'\(character)'", false) : ("'\(character)' (\(code))", false)
        }
    }

    static func reason(_ reason: JSONSyntaxError.Reason, zh: Bool) -> String {
        switch reason {
        case .unexpectedEnd: return zh ? "文件意外结束(内容被截断?)" : "unexpected end of file (truncated?)"
        case .unexpectedCharacter("\u{0}"):
            return zh ? "意外的字符 U+0000(文件是否为 UTF-16?);请将文件保存为 UTF-8"
                : "unexpected character U+0000 (is the file UTF-16?); save the file as UTF-8"
        case .unexpectedCharacter(let text):
            let shown = visible(text)
            return zh ? "意外的字符 \(shown.text)\(shown.isSpace ? "(JSON 不接受的空白,如全角空格)" : "")"
                : "unexpected character \(shown.text)\(shown.isSpace ? ", a space JSON does not accept (such as a full-width space)" : "")"
        case .invalidLiteral(let word):
            if ["NaN", "Infinity", "-Infinity", "nan", "inf", "-inf"].contains(word) {
                return zh ? "JSON 不允许 \(word),请填写有限数值或删除该字段" : "JSON has no \(word); write a finite number or leave the field out"
            }
            return zh ? "无效的值 '\(word)'(字符串需加双引号)" : "invalid value '\(word)' (strings need double quotes)"
        case .invalidNumber(let text): return zh ? "无效的数字 '\(text)'" : "invalid number '\(text)'"
        case .numberOutOfRange(let text): return zh ? "数字 \(text) 超出可表示范围" : "number \(text) is too large to represent"
        case .invalidEscape: return zh ? "无效的转义序列" : "invalid escape sequence"
        case .controlCharacterInString: return zh ? "字符串中含未转义的控制字符(换行请写作 \\n)" : "unescaped control character in a string (write a newline as \\n)"
        case .invalidUTF8:
            return zh ? "字符串不是有效的 UTF-8 编码;请将文件保存为 UTF-8(而非 GBK 或 UTF-16)"
                : "string is not valid UTF-8; save the file as UTF-8 (not GBK or UTF-16)"
        case .invalidByte(let byte):
            let hex = (byte < 0x10 ? "0x0" : "0x") + String(byte, radix: 16, uppercase: true)
            return zh ? "字节 \(hex) 不是 UTF-8 文本;请将文件保存为 UTF-8(而非 GBK 或 UTF-16)"
                : "byte \(hex) is not UTF-8 text; save the file as UTF-8 (not GBK or UTF-16)"
        case .duplicateKey(let key): return zh ? "字段 \"\(key)\" 重复出现" : "key \"\(key)\" appears twice"
        case .trailingContent: return zh ? "文档结束后还有多余内容" : "extra content after the document"
        case .tooDeeplyNested(let depth): return zh ? "嵌套超过 \(depth) 层" : "nested deeper than \(depth) levels"
        case .emptyDocument: return zh ? "文件为空" : "the file is empty"
        }
    }
}
