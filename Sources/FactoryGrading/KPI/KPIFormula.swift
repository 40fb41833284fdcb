/// How a KPI's value is computed from raw inputs, as the pack describes it.
///
/// The arithmetic of each ``Kind`` lives in ``compute(_:)``: the one place the product's KPI formulas are
/// written down. All of them are the usual convention (T/CAMS 182-2024, which defines them, is not
/// available); the pack says so in `source` for each KPI.
public struct KPIFormula: Sendable, Hashable {
    /// The formula families of 附1's 20 KPIs.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// (after − before) / before × 100, for "提升/增长".
        case relativeIncrease
        /// (before − after) / before × 100, for "下降/降低/缩短".
        case relativeDecrease
        /// part / whole × 100, for rates such as 数控化率.
        case ratio
        /// A count, as counted.
        case count
        /// The relative increase of OEE = availability × performance × quality.
        case oeeIncrease

        /// The raw inputs this kind reads.
        public var inputNames: [String] {
            switch self {
            case .relativeIncrease, .relativeDecrease, .oeeIncrease: Self.beforeAfter
            case .ratio: Self.partWhole
            case .count: Self.countOnly
            }
        }

        /// The period fields this kind needs.
        public var periodNames: [String] {
            switch self {
            case .relativeIncrease, .relativeDecrease, .oeeIncrease: Self.twoPeriods
            case .ratio, .count: Self.onePeriod
            }
        }

        /// The ``RawField`` positions of ``inputNames`` and ``periodNames``.
        var fieldPositions: [Int] {
            switch self {
            case .relativeIncrease, .relativeDecrease, .oeeIncrease: Self.changePositions
            case .ratio: Self.ratioPositions
            case .count: Self.countPositions
            }
        }

        private static let beforeAfter = ["before", "after"]
        private static let partWhole = ["part", "whole"]
        private static let countOnly = ["count"]
        private static let twoPeriods = ["baselinePeriod", "measurementPeriod"]
        private static let onePeriod = ["period"]
        private static let changePositions = (beforeAfter + twoPeriods).compactMap { RawField.named($0)?.position }
        private static let ratioPositions = (partWhole + onePeriod).compactMap { RawField.named($0)?.position }
        private static let countPositions = (countOnly + onePeriod).compactMap { RawField.named($0)?.position }

        /// The formula in words.
        public func text(_ language: Language) -> String {
            switch (self, language) {
            case (.relativeIncrease, .zh): "(改造后 − 改造前) ÷ 改造前 × 100"
            case (.relativeIncrease, .en): "(after − before) ÷ before × 100"
            case (.relativeDecrease, .zh): "(改造前 − 改造后) ÷ 改造前 × 100"
            case (.relativeDecrease, .en): "(before − after) ÷ before × 100"
            case (.ratio, .zh): "分子 ÷ 分母 × 100"
            case (.ratio, .en): "part ÷ whole × 100"
            case (.count, .zh): "计数"
            case (.count, .en): "count"
            case (.oeeIncrease, .zh): "OEE = 时间开动率 × 性能开动率 × 合格品率;(改造后 OEE − 改造前 OEE) ÷ 改造前 OEE × 100"
            case (.oeeIncrease, .en): "OEE = availability × performance × quality; (OEE after − OEE before) ÷ OEE before × 100"
            }
        }
    }

    public var kind: Kind
    /// Label of each raw input.
    public var inputs: [String: LocalizedText]
    public var inputUnit: LocalizedText?
    /// `true` when the formula is the usual convention rather than a cited source.
    public var convention: Bool
    public var source: LocalizedText

    /// The KPI value from `raw`, or why it cannot be computed. Never divides by zero.
    public func compute(_ raw: KPIRawInputs) -> KPIComputation { kind.compute(raw) }
}

extension KPIFormula.Kind {
    /// The value of this kind of formula from `raw`, or why it cannot be computed. Never divides by zero.
    public func compute(_ raw: KPIRawInputs) -> KPIComputation {
        let fields = raw.fields
        switch self {
        case .relativeIncrease, .relativeDecrease, .oeeIncrease:
            guard let baseline = fields[period: .baselinePeriod] else { return .undefined(.missingPeriod(RawField.baselinePeriod.name)) }
            guard let measurement = fields[period: .measurementPeriod] else { return .undefined(.missingPeriod(RawField.measurementPeriod.name)) }
            if baseline == measurement { return .undefined(.samePeriods) }
        case .ratio, .count:
            guard fields[period: .period] != nil else { return .undefined(.missingPeriod(RawField.period.name)) }
        }
        switch self {
        case .count:
            guard let count = fields[number: .count] else { return .undefined(.missingInput("count")) }
            return .value(count)
        case .ratio:
            guard let part = fields[number: .part] else { return .undefined(.missingInput("part")) }
            guard let whole = fields[number: .whole] else { return .undefined(.missingInput("whole")) }
            guard whole != 0 else { return .undefined(.zeroBase("whole")) }
            return .value(part / whole * 100)
        case .relativeIncrease, .relativeDecrease:
            guard let before = fields[number: .before] else { return .undefined(.missingInput("before")) }
            guard let after = fields[number: .after] else { return .undefined(.missingInput("after")) }
            guard before != 0 else { return .undefined(.zeroBase("before")) }
            return .value((self == .relativeIncrease ? after - before : before - after) / before * 100)
        case .oeeIncrease:
            guard let before = fields[oee: .before] else { return .undefined(.missingInput("before")) }
            guard let after = fields[oee: .after] else { return .undefined(.missingInput("after")) }
            guard before.value != 0 else { return .undefined(.zeroBase("before")) }
            return .value((after.value - before.value) / before.value * 100)
        }
    }
}

/// A raw-input field name with its ``IdentifierIndex`` hash, worked out once, and its position in
/// ``inOrder``.
struct RawField: Sendable {
    let name: String
    let hash: UInt64
    let position: Int

    init(_ name: String, _ position: Int) {
        self.name = name
        hash = IdentifierIndex.hash(name)
        self.position = position
    }

    static let before = RawField("before", 0)
    static let after = RawField("after", 1)
    static let part = RawField("part", 2)
    static let whole = RawField("whole", 3)
    static let count = RawField("count", 4)
    static let baselinePeriod = RawField("baselinePeriod", 5)
    static let measurementPeriod = RawField("measurementPeriod", 6)
    static let period = RawField("period", 7)
    /// Every field, in the order of the assessment format's `raw` object.
    static let inOrder = [before, after, part, whole, count, baselinePeriod, measurementPeriod, period]
    /// The positions of the fields given as numbers, as periods, and as OEE.
    static let numberPositions = 0..<5
    static let periodPositions = 5..<8
    static let oeePositions = 0..<2

    /// The field named `name`, if it is one.
    static func named(_ name: String) -> RawField? { inOrder.first { $0.name == name } }
}

/// A computed KPI value, or why there is none.
public enum KPIComputation: Sendable, Equatable {
    case value(Double)
    case undefined(UndefinedReason)

    /// Why a KPI value cannot be computed.
    public enum UndefinedReason: Sendable, Equatable {
        case missingInput(String)
        case missingPeriod(String)
        case zeroBase(String)
        case samePeriods

        /// The reason in words.
        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.missingInput(let name), .zh): "缺少原始数据 \(name)"
            case (.missingInput(let name), .en): "raw input \(name) is missing"
            case (.missingPeriod(let name), .zh): "缺少统计期 \(name)"
            case (.missingPeriod(let name), .en): "period \(name) is missing"
            case (.zeroBase(let name), .zh): "\(name) 为 0,无法计算(不做除以零的计算)"
            case (.zeroBase(let name), .en): "\(name) is 0, so the value cannot be computed (never divided by zero)"
            case (.samePeriods, .zh): "基期与测量期相同,无法计算变化率"
            case (.samePeriods, .en): "the baseline and measurement periods are the same, so there is no change to compute"
            }
        }
    }
}
