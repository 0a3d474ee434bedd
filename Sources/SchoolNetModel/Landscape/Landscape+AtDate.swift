extension Landscape {
    /// The landscape as it stood on `date`: only the structures, memberships and links active
    /// then (a membership also needs its structure active). Schools are all kept: the format
    /// gives them no dates.
    ///
    /// - Complexity: O(schools + structures + memberships + links).
    public func active(at date: CalendarDate) -> Landscape {
        let structures = structures.filter { $0.period.isActive(at: date) }
        let activeIDs = Set(structures.map(\.id))
        return Landscape(
            schools: schools,
            structures: structures,
            memberships: memberships.filter {
                $0.period.isActive(at: date) && activeIDs.contains($0.structureID)
            },
            links: links.filter { $0.period.isActive(at: date) })
    }
}
