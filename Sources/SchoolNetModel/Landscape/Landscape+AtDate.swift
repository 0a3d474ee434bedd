extension Landscape {
    /// The landscape as it stood on `date`: only the structures, memberships and links active
    /// then (a membership also needs its structure active). Schools are all kept: the format
    /// gives them no dates. A structure's `lead` column is kept only while that school's own
    /// membership of it is active, when it has one. Before the files' latest date, a trust's `academies` figure (the
    /// register's count, which describes the trust as it stands now) is dropped, so that the
    /// trust is counted by its members then.
    ///
    /// - Complexity: O(schools + structures + memberships + links).
    public func active(at date: CalendarDate) -> Landscape {
        // A trust's `academies` figure (the register's count of its academies) describes it as the
        // files stand at their latest date; before that, the trust is counted by its members then.
        let beforeLatest = recordedDates.map { date < $0.upperBound } ?? false
        // A lead named in the `lead` column who has rows in the structure's memberships leads it
        // only while one of them is active (it joined later, or had left).
        var rows: Set<[String]> = []
        var activeRows: Set<[String]> = []
        for membership in memberships {
            rows.insert([membership.structureID, membership.urn.rawValue])
            if membership.period.isActive(at: date) {
                activeRows.insert([membership.structureID, membership.urn.rawValue])
            }
        }
        let structures = structures.filter { $0.period.isActive(at: date) }.map { structure in
            var current = structure
            if let lead = structure.lead, rows.contains([structure.id, lead.rawValue]),
                !activeRows.contains([structure.id, lead.rawValue])
            {
                current.lead = nil
            }
            if beforeLatest, structure.custom["academies"] != nil { current.custom["academies"] = nil }
            return current
        }
        let activeIDs = Set(structures.map(\.id))
        return Landscape(
            schools: schools,
            structures: structures,
            memberships: memberships.filter {
                $0.period.isActive(at: date) && activeIDs.contains($0.structureID)
            },
            links: links.filter { $0.period.isActive(at: date) })
    }

    /// The first and last dates on which the files record something starting or ending (a
    /// structure formed or dissolved, a school joining or leaving, a link starting or ending);
    /// nil when they record no date at all.
    ///
    /// - Complexity: O(structures + memberships + links).
    public var recordedDates: ClosedRange<CalendarDate>? {
        var first: CalendarDate?
        var last: CalendarDate?
        for period in structures.map(\.period) + memberships.map(\.period) + links.map(\.period) {
            for day in [period.start, period.end].compactMap({ $0 }) {
                first = min(first ?? day, day)
                last = max(last ?? day, day)
            }
        }
        guard let first, let last else { return nil }
        return first...last
    }

    /// The date a landscape describes when none is given: the last of ``recordedDates``.
    public var latestRecordedDate: CalendarDate? { recordedDates?.upperBound }

    /// The landscape as it stood on `date`, with the traded services that ended before it kept:
    /// every one since the files begin, or those that ended in the `years` before it. That is the
    /// history marketised evidence reads, since trading that is short-lived shows only in
    /// services that have ended.
    ///
    /// - Complexity: O(structures + memberships + links).
    public func active(at date: CalendarDate, tradingHistoryYears years: Int? = nil) -> Landscape {
        let current = active(at: date)
        let from = years.flatMap {
            CalendarDate(year: max(1, date.year - $0), month: date.month, day: min(date.day, 28))
        }
        let history = links.filter { link in
            guard link.kind == .tradedService, !link.period.isActive(at: date), let end = link.period.end else {
                return false
            }
            return (link.period.start.map { $0 <= date } ?? true) && end <= date && (from.map { end > $0 } ?? true)
        }
        return Landscape(
            schools: current.schools, structures: current.structures, memberships: current.memberships,
            links: current.links + history)
    }
}
