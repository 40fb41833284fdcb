/// One of the key performance indicators of 附1 (智能工厂建设关键绩效指标参考).
public struct KPI: Sendable, Hashable, Identifiable {
    /// Whether values are percentages or whole counts.
    public enum ValueType: String, Sendable, Hashable, CaseIterable {
        case percent
        case count
    }

    /// Which way is better.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case higherIsBetter
        case lowerIsBetter
    }

    public var id: String
    /// The number in 附1 (1–20).
    public var number: Int
    public var category: String
    public var name: LocalizedText
    public var unit: LocalizedText
    public var valueType: ValueType
    public var direction: Direction
    /// Values outside are invalid input.
    public var range: ValueRange
    /// Values outside are accepted with a warning.
    public var plausible: ValueRange
    public var clause: String
    public var passage: String?
    /// How the value is computed, with its source or marked as the usual convention.
    public var definition: LocalizedText
    /// How the value is computed from raw inputs.
    public var formula: KPIFormula
}

/// A closed interval; a `nil` bound is unbounded.
public struct ValueRange: Sendable, Hashable {
    public var min: Double?
    public var max: Double?

    public init(min: Double?, max: Double?) {
        self.min = min
        self.max = max
    }

    /// Whether `value` lies within the bounds.
    public func contains(_ value: Double) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }
}

/// A class of KPIs in 附1 (能力提升类, 价值效益类, …).
public struct KPICategory: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var clause: String
}

/// The benchmark a tier's main indicators are measured against (provincial average, … globally leading).
public struct KPIScope: Sendable, Hashable, Identifiable {
    /// Which comparison parameter applies to the scope.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 高于…平均水平.
        case average
        /// 处于…领先水平.
        case leading
    }

    public var id: String
    public var name: LocalizedText
    public var kind: Kind
    /// 1 for the lowest scope.
    public var rank: Int
}
