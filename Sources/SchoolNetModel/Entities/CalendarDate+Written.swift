extension CalendarDate {
    /// How a date cell was written, as read by ``CalendarDate/reading(_:)``.
    public enum Written: Equatable, Sendable {
        /// `YYYY-MM-DD`, the canonical form.
        case iso(CalendarDate)
        /// Day first, as British spreadsheets write it: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`,
        /// `dd.mm.yyyy` or a two-digit year (`d/m/yy`).
        case dayFirst(CalendarDate)
        /// The shape of a date, but no such day: `31/02/2019`, or `09/13/2019` (month first).
        case impossible
        /// Not a date at all.
        case malformed
    }

    /// Reads a date as people and spreadsheets write it. A two-digit year follows the
    /// spreadsheets' rule: 00 to 29 are 2000 to 2029, 30 to 99 are 1930 to 1999. A time after
    /// the day (`01/09/2025 00:00`) is ignored.
    ///
    /// - Complexity: O(length of the text).
    public static func reading(_ text: some StringProtocol) -> Written {
        let whole = String(text)
        let day = whole.split(separator: " ").first.map(String.init) ?? whole
        if let date = CalendarDate(iso: day) { return .iso(date) }
        let parts = day.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3,
            parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isASCIIDigitCharacter } })
        else {
            return .malformed
        }
        if parts[0].count == 4 {
            // yyyy/mm/dd or yyyy-m-d.
            guard parts[1].count <= 2, parts[2].count <= 2,
                let date = CalendarDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
            else { return parts[1].count <= 2 && parts[2].count <= 2 ? .impossible : .malformed }
            return .iso(date)
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else {
            return .malformed
        }
        var year = Int(parts[2])!
        if parts[2].count == 2 { year += year < 30 ? 2000 : 1900 }
        guard let date = CalendarDate(year: year, month: Int(parts[1])!, day: Int(parts[0])!) else {
            return .impossible
        }
        return .dayFirst(date)
    }
}

extension CalendarDate {
    /// The day a spreadsheet stores as a number: days since 30 December 1899 (so 1 is
    /// 1900-01-01 in Excel's reckoning after its phantom 29 February 1900, and 43709 is
    /// 2019-09-01). Nil outside 1900–9999.
    public init?(spreadsheetDay serial: Int) {
        guard (61...2_958_465).contains(serial) else { return nil }
        // Days from 1970-01-01: the spreadsheet's day 25569.
        let z = serial - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
