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

    /// The inputs under the formulas' names, by ``RawField``: a number or OEE under `before`, `after`,
    /// `part`, `whole`, `count` (OEE only under the first two), a period under the three period names.
    struct Fields: Sendable, Equatable {
        private var numbers = InlineArray<5, Double?>(repeating: nil)
        private var periods = InlineArray<3, String?>(repeating: nil)
        private var oee = InlineArray<2, OEE?>(repeating: nil)

        static func == (lhs: Fields, rhs: Fields) -> Bool {
            lhs.numbers.indices.allSatisfy { lhs.numbers[$0] == rhs.numbers[$0] } && lhs.periods.indices.allSatisfy { lhs.periods[$0] == rhs.periods[$0] }
                && lhs.oee.indices.allSatisfy { lhs.oee[$0] == rhs.oee[$0] }
        }

        /// The number at ``RawField`` position `position`; `nil` at a period's.
        subscript(number position: Int) -> Double? {
            get { RawField.numberPositions.contains(position) ? numbers[position] : nil }
            set { numbers[Self.checked(position, RawField.numberPositions, "a number")] = newValue }
        }

        /// The period at ``RawField`` position `position`; `nil` at a number's.
        subscript(period position: Int) -> String? {
            get { RawField.periodPositions.contains(position) ? periods[position - RawField.periodPositions.lowerBound] : nil }
            set { periods[Self.checked(position, RawField.periodPositions, "a period") - RawField.periodPositions.lowerBound] = newValue }
        }

        /// The OEE at ``RawField`` position `position` (`before`, `after`); `nil` elsewhere.
        subscript(oee position: Int) -> OEE? {
            get { RawField.oeePositions.contains(position) ? oee[position] : nil }
            set { oee[Self.checked(position, RawField.oeePositions, "an OEE")] = newValue }
        }

        /// `position`, which must be in `range`: the positions of the fields of that kind.
        private static func checked(_ position: Int, _ range: Range<Int>, _ kind: String) -> Int {
            precondition(range.contains(position), "raw input \(position) is not \(kind) field")
            return position
        }

        subscript(number field: RawField) -> Double? {
            get { self[number: field.position] }
            set { self[number: field.position] = newValue }
        }

        subscript(period field: RawField) -> String? {
            get { self[period: field.position] }
            set { self[period: field.position] = newValue }
        }

        subscript(oee field: RawField) -> OEE? {
            get { self[oee: field.position] }
            set { self[oee: field.position] = newValue }
        }

        var hasNumbers: Bool { RawField.numberPositions.contains { numbers[$0] != nil } }
        var hasOEE: Bool { RawField.oeePositions.contains { oee[$0] != nil } }

        /// Whether anything is given at ``RawField`` position `position`.
        func isGiven(at position: Int) -> Bool { self[number: position] != nil || self[oee: position] != nil || self[period: position] != nil }
    }

    /// Inputs under names that are not a formula's name of their kind, by kind.
    typealias Others = (values: IdentifierMap<Double>, periods: IdentifierMap<String>, oee: IdentifierMap<OEE>)

    /// The inputs, in one immutable box shared by copies: copying raw inputs (as validation and grading do
    /// for every KPI) costs one reference count. A change replaces the box.
    private final class Storage: Sendable {
        let fields: Fields
        /// Inputs under names no formula uses, by kind; `nil` while there are none.
        let others: Others?

        init(fields: Fields, others: Others?) {
            self.fields = fields
            self.others = others
        }
    }

    private var storage: Storage

    /// The inputs under the formulas' names.
    var fields: Fields { storage.fields }

    /// Inputs given under a name that is not a formula's name of their kind (a number named `period`,
    /// say); `nil` while there are none.
    var others: Others? { storage.others }

    /// `before`, `after`, `part`, `whole`, `count`.
    public var values: IdentifierMap<Double> {
        get { Self.map(RawField.inOrder[RawField.numberPositions], { fields[number: $0] }, others: storage.others?.values) }
        set { self = KPIRawInputs(values: newValue, periods: periods, oee: oee) }
    }

    /// `baselinePeriod`, `measurementPeriod`, `period`.
    public var periods: IdentifierMap<String> {
        get { Self.map(RawField.inOrder[RawField.periodPositions], { fields[period: $0] }, others: storage.others?.periods) }
        set { self = KPIRawInputs(values: values, periods: newValue, oee: oee) }
    }

    /// `before`, `after` for OEE.
    public var oee: IdentifierMap<OEE> {
        get { Self.map(RawField.inOrder[RawField.oeePositions], { fields[oee: $0] }, others: storage.others?.oee) }
        set { self = KPIRawInputs(values: values, periods: periods, oee: newValue) }
    }

    /// The inputs given under `names`, in that order, then `others`.
    private static func map<Value>(_ names: ArraySlice<RawField>, _ input: (RawField) -> Value?, others: IdentifierMap<Value>?) -> IdentifierMap<Value> {
        var map = IdentifierMap<Value>()
        for field in names {
            if let value = input(field) { map.append(distinct: field.name, hash: field.hash, value) }
        }
        for (key, value) in others ?? [:] { map[key] = value }
        return map
    }

    public init(values: IdentifierMap<Double> = [:], periods: IdentifierMap<String> = [:], oee: IdentifierMap<OEE> = [:]) {
        var fields = Fields()
        var others: Others = ([:], [:], [:])
        for (key, value) in values {
            if let field = RawField.named(key), RawField.numberPositions.contains(field.position) {
                fields[number: field] = value
            } else {
                others.values[key] = value
            }
        }
        for (key, period) in periods {
            if let field = RawField.named(key), RawField.periodPositions.contains(field.position) {
                fields[period: field] = period
            } else {
                others.periods[key] = period
            }
        }
        for (key, value) in oee {
            if let field = RawField.named(key), RawField.oeePositions.contains(field.position) {
                fields[oee: field] = value
            } else {
                others.oee[key] = value
            }
        }
        let hasOthers = !others.values.isEmpty || !others.periods.isEmpty || !others.oee.isEmpty
        storage = Storage(fields: fields, others: hasOthers ? others : nil)
    }

    /// Inputs under the formulas' names only.
    init(fields: Fields) {
        storage = Storage(fields: fields, others: nil)
    }

    /// The same inputs under the same names (a NaN is unequal to itself, shared storage or not).
    public static func == (lhs: KPIRawInputs, rhs: KPIRawInputs) -> Bool {
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
