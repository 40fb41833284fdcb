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
        var numbers: (Double?, Double?, Double?, Double?, Double?) = (nil, nil, nil, nil, nil)
        var periods: (String?, String?, String?) = (nil, nil, nil)
        var oee: (OEE?, OEE?) = (nil, nil)

        static func == (lhs: Fields, rhs: Fields) -> Bool {
            lhs.numbers == rhs.numbers && lhs.periods == rhs.periods && lhs.oee.0 == rhs.oee.0 && lhs.oee.1 == rhs.oee.1
        }

        subscript(number position: Int) -> Double? {
            get {
                switch position {
                case 0: numbers.0
                case 1: numbers.1
                case 2: numbers.2
                case 3: numbers.3
                case 4: numbers.4
                default: nil
                }
            }
            set {
                switch position {
                case 0: numbers.0 = newValue
                case 1: numbers.1 = newValue
                case 2: numbers.2 = newValue
                case 3: numbers.3 = newValue
                default: numbers.4 = newValue
                }
            }
        }

        subscript(period position: Int) -> String? {
            get {
                switch position {
                case 5: periods.0
                case 6: periods.1
                case 7: periods.2
                default: nil
                }
            }
            set {
                switch position {
                case 5: periods.0 = newValue
                case 6: periods.1 = newValue
                default: periods.2 = newValue
                }
            }
        }

        subscript(oee position: Int) -> OEE? {
            get { position == 0 ? oee.0 : position == 1 ? oee.1 : nil }
            set { if position == 0 { oee.0 = newValue } else { oee.1 = newValue } }
        }

        var hasNumbers: Bool { numbers.0 != nil || numbers.1 != nil || numbers.2 != nil || numbers.3 != nil || numbers.4 != nil }
        var hasOEE: Bool { oee.0 != nil || oee.1 != nil }

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
        get {
            var map = IdentifierMap<Double>()
            for position in 0..<5 {
                if let value = fields[number: position] { map.append(distinct: RawField.inOrder[position].name, hash: RawField.inOrder[position].hash, value) }
            }
            for (key, value) in storage.others?.values ?? [:] { map[key] = value }
            return map
        }
        set { self = KPIRawInputs(values: newValue, periods: periods, oee: oee) }
    }

    /// `baselinePeriod`, `measurementPeriod`, `period`.
    public var periods: IdentifierMap<String> {
        get {
            var map = IdentifierMap<String>()
            for position in 5..<8 {
                if let period = fields[period: position] { map.append(distinct: RawField.inOrder[position].name, hash: RawField.inOrder[position].hash, period) }
            }
            for (key, period) in storage.others?.periods ?? [:] { map[key] = period }
            return map
        }
        set { self = KPIRawInputs(values: values, periods: newValue, oee: oee) }
    }

    /// `before`, `after` for OEE.
    public var oee: IdentifierMap<OEE> {
        get {
            var map = IdentifierMap<OEE>()
            for position in 0..<2 {
                if let oee = fields[oee: position] { map.append(distinct: RawField.inOrder[position].name, hash: RawField.inOrder[position].hash, oee) }
            }
            for (key, oee) in storage.others?.oee ?? [:] { map[key] = oee }
            return map
        }
        set { self = KPIRawInputs(values: values, periods: periods, oee: newValue) }
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
