/// A score for each of the five maturity levels, index 0 being level 1; `nil` where a level has no
/// score. Kept inline, so a score per sub-domain and element costs no allocation.
public struct LevelScores: Sendable, Hashable, RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    private var scores: (Double?, Double?, Double?, Double?, Double?)

    /// Every level scored `value`.
    public init(repeating value: Double?) {
        scores = (value, value, value, value, value)
    }

    /// The first five of `values`, in order; levels beyond the end have no score.
    public init(_ values: some Sequence<Double?>) {
        self.init(repeating: nil)
        for (index, value) in zip(indices, values) { self[index] = value }
    }

    /// Five scores, level 1 first; a literal of another length is a programming error and traps.
    public init(arrayLiteral elements: Double?...) {
        precondition(elements.count == 5, "LevelScores needs five scores, one per level")
        self.init(elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { 5 }

    public subscript(position: Int) -> Double? {
        get {
            switch position {
            case 0: scores.0
            case 1: scores.1
            case 2: scores.2
            case 3: scores.3
            case 4: scores.4
            default: preconditionFailure("level index \(position) is outside 0..<5")
            }
        }
        set {
            switch position {
            case 0: scores.0 = newValue
            case 1: scores.1 = newValue
            case 2: scores.2 = newValue
            case 3: scores.3 = newValue
            case 4: scores.4 = newValue
            default: preconditionFailure("level index \(position) is outside 0..<5")
            }
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        for score in self { hasher.combine(score) }
    }
}

extension LevelScores: CustomStringConvertible {
    public var description: String { Array(self).description }
}
