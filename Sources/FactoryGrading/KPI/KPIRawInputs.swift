/// The raw inputs an assessor gives for one KPI.
///
/// It reads as three maps (``values``, ``periods``, ``oee``) by input name. The names the formulas use
/// (`before`, `after`, `part`, `whole`, `count`, `baselinePeriod`, `measurementPeriod`, `period`) are kept
/// in fixed places, so that reading, checking and computing a KPI needs no lookup by name; any other name
/// is kept as given, for validation to report.
public struct KPIRawInputs: Sendable, Equatable {
    /// Overall equipment effectiveness as its three factors, each in %.
    public struct OEE: Sendable, Equatable {
        public var availability: Double
        public var performance: Double
        public var quality: Double

        public init(availability: Double, performance: Double, quality: Double) {
            self.availability = availability
            self.performance = performance
            self.quality = quality
        }

        /// OEE in %: availability × performance × quality.
        public var value: Double { availability * performance * quality / 10_000 }
    }

    /// The inputs under the formulas' names, by ``RawField`` position: numbers and OEE at 0–4
    /// (`before`, `after`, `part`, `whole`, `count`; OEE only at 0 and 1), periods at 5–7.
    struct Fields: Sendable, Equatable {
        private var numbers = InlineArray<5, Double?>(repeating: nil)
        private var periods = InlineArray<3, String?>(repeating: nil)
        private var oee = InlineArray<2, OEE?>(repeating: nil)

        static func == (lhs: Fields, rhs: Fields) -> Bool {
            (0..<5).allSatisfy { lhs.numbers[$0] == rhs.numbers[$0] } && (0..<3).allSatisfy { lhs.periods[$0] == rhs.periods[$0] }
                && lhs.oee[0] == rhs.oee[0] && lhs.oee[1] == rhs.oee[1]
        }

        subscript(number position: Int) -> Double? {
            get { position < 5 ? numbers[position] : nil }
            set { numbers[position] = newValue }
        }

        subscript(period position: Int) -> String? {
            get { (5..<8).contains(position) ? periods[position - 5] : nil }
            set { periods[position - 5] = newValue }
        }

        subscript(oee position: Int) -> OEE? {
            get { position < 2 ? oee[position] : nil }
            set { oee[position] = newValue }
        }

        subscript(number field: RawField) -> Double? { self[number: field.position] }
        subscript(period field: RawField) -> String? { self[period: field.position] }
        subscript(oee field: RawField) -> OEE? { self[oee: field.position] }

        var hasNumbers: Bool { (0..<5).contains { numbers[$0] != nil } }
        var hasOEE: Bool { oee[0] != nil || oee[1] != nil }

        /// Whether the field at `position` is given (as a number, OEE or period).
        func isGiven(_ position: Int) -> Bool { self[number: position] != nil || self[oee: position] != nil || self[period: position] != nil }
    }

    /// The inputs, in one immutable box shared by copies: copying raw inputs (as validation and grading do
    /// for every KPI) costs one reference count. A change replaces the box.
    private final class Storage: Sendable {
        let fields: Fields
        /// Inputs under names no formula uses, by kind; `nil` while there are none.
        let others: (values: IdentifierMap<Double>, periods: IdentifierMap<String>, oee: IdentifierMap<OEE>)?

        init(fields: Fields, others: (values: IdentifierMap<Double>, periods: IdentifierMap<String>, oee: IdentifierMap<OEE>)?) {
            self.fields = fields
            self.others = others
        }
    }

    private var storage: Storage

    /// The inputs under the formulas' names.
    var fields: Fields { storage.fields }

    /// Whether an input is given under a name no formula uses.
    var hasOtherNames: Bool { storage.others != nil }

    /// `before`, `after`, `part`, `whole`, `count`.
    public var values: IdentifierMap<Double> {
        get { Self.map(0..<5, { fields[number: $0] }, others: storage.others?.values) }
        set { self = KPIRawInputs(values: newValue, periods: periods, oee: oee) }
    }

    /// `baselinePeriod`, `measurementPeriod`, `period`.
    public var periods: IdentifierMap<String> {
        get { Self.map(5..<8, { fields[period: $0] }, others: storage.others?.periods) }
        set { self = KPIRawInputs(values: values, periods: newValue, oee: oee) }
    }

    /// `before`, `after` for OEE.
    public var oee: IdentifierMap<OEE> {
        get { Self.map(0..<2, { fields[oee: $0] }, others: storage.others?.oee) }
        set { self = KPIRawInputs(values: values, periods: periods, oee: newValue) }
    }

    /// The inputs given at `positions` under their names, in ``RawField`` order, then `others`.
    private static func map<Value>(_ positions: Range<Int>, _ input: (Int) -> Value?, others: IdentifierMap<Value>?) -> IdentifierMap<Value> {
        var map = IdentifierMap<Value>()
        for position in positions {
            if let value = input(position) { map.append(distinct: RawField.inOrder[position].name, hash: RawField.inOrder[position].hash, value) }
        }
        for (key, value) in others ?? [:] { map[key] = value }
        return map
    }

    public init(values: IdentifierMap<Double> = [:], periods: IdentifierMap<String> = [:], oee: IdentifierMap<OEE> = [:]) {
        var fields = Fields()
        var others = (values: IdentifierMap<Double>(), periods: IdentifierMap<String>(), oee: IdentifierMap<OEE>())
        for (key, value) in values {
            if let position = RawField.position(of: key), position < 5 { fields[number: position] = value } else { others.values[key] = value }
        }
        for (key, period) in periods {
            if let position = RawField.position(of: key), position >= 5 { fields[period: position] = period } else { others.periods[key] = period }
        }
        for (key, value) in oee {
            if let position = RawField.position(of: key), position < 2 { fields[oee: position] = value } else { others.oee[key] = value }
        }
        let hasOthers = !others.values.isEmpty || !others.periods.isEmpty || !others.oee.isEmpty
        storage = Storage(fields: fields, others: hasOthers ? others : nil)
    }

    /// Inputs under the formulas' names only.
    init(fields: Fields) {
        storage = Storage(fields: fields, others: nil)
    }

    public static func == (lhs: KPIRawInputs, rhs: KPIRawInputs) -> Bool {
        if lhs.storage === rhs.storage { return true }
        guard lhs.fields == rhs.fields else { return false }
        switch (lhs.storage.others, rhs.storage.others) {
        case (nil, nil): return true
        case (let left?, let right?): return left.values == right.values && left.periods == right.periods && left.oee == right.oee
        default: return false
        }
    }

    /// Every input field name given.
    public var fieldNames: [String] { (Array(values.keys) + Array(periods.keys) + Array(oee.keys)).sorted() }
}
