/// When a structure, membership or link exists: from `start` (inclusive) to `end` (exclusive),
/// either end open when unknown.
///
/// The rule of the landscape format: active at D when start is empty or ≤ D, and end is empty
/// or > D.
public struct ActivePeriod: Hashable, Sendable {
    public var start: CalendarDate?
    public var end: CalendarDate?

    public init(start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.start = start
        self.end = end
    }

    /// Always active.
    public static let always = ActivePeriod()

    public func isActive(at date: CalendarDate) -> Bool {
        (start.map { $0 <= date } ?? true) && (end.map { $0 > date } ?? true)
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: ActivePeriod) -> Bool {
        let startsBeforeOtherEnds = start.flatMap { s in other.end.map { s < $0 } } ?? true
        let otherStartsBeforeEnd = other.start.flatMap { s in end.map { s < $0 } } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeEnd
    }
}
