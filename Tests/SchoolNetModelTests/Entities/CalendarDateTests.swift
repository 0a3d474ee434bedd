import Testing

@testable import SchoolNetModel

@Suite struct CalendarDateTests {
    @Test(
        "parses ISO dates and rejects impossible or malformed ones",
        arguments: [
            ("2024-02-29", true), ("2023-02-29", false), ("1900-02-29", false), ("2000-02-29", true),
            ("2021-04-31", false), ("2021-13-01", false), ("2021-1-01", false), ("01/02/2020", false),
            ("2021-09-01", true), ("", false), ("2021-09-01T00:00", false),
        ])
    func parses(text: String, valid: Bool) {
        #expect((CalendarDate(iso: text) != nil) == valid)
        if valid { #expect(CalendarDate(iso: text)!.description == text) }
    }

    @Test("orders by year, month, day")
    func orders() {
        #expect(CalendarDate(iso: "2020-12-31")! < CalendarDate(iso: "2021-01-01")!)
        #expect(CalendarDate(iso: "2021-02-01")! > CalendarDate(iso: "2021-01-31")!)
    }
}

@Suite struct ActivePeriodTests {
    let d = { (s: String) in CalendarDate(iso: s)! }

    @Test("active from the start day inclusive to the end day exclusive")
    func activeRule() {
        let period = ActivePeriod(start: d("2019-09-01"), end: d("2021-08-31"))
        #expect(!period.isActive(at: d("2019-08-31")))
        #expect(period.isActive(at: d("2019-09-01")))
        #expect(period.isActive(at: d("2021-08-30")))
        #expect(!period.isActive(at: d("2021-08-31")))
        #expect(ActivePeriod.always.isActive(at: d("1066-10-14")))
    }

    @Test("periods that touch do not overlap; open ends overlap everything after")
    func overlaps() {
        let a = ActivePeriod(start: d("2014-09-01"), end: d("2019-09-01"))
        let b = ActivePeriod(start: d("2019-09-01"))
        #expect(!a.overlaps(b))
        #expect(!b.overlaps(a))
        #expect(a.overlaps(ActivePeriod(end: d("2014-09-02"))))
        #expect(b.overlaps(.always))
    }
}

@Suite struct URNTests {
    @Test("numeric URNs sort as numbers, leading zeros kept in the text")
    func ordering() {
        let urns: [URN] = ["100000", "99999", "0123", "A12", "123"]
        #expect(urns.sorted().map(\.rawValue) == ["0123", "123", "99999", "100000", "A12"])
        #expect(URN("0123").rawValue == "0123")
    }
}

@Suite struct EnumerationTests {
    @Test("values parse case-insensitively with _ or space for -")
    func parsing() {
        #expect(OfstedGrade(parsing: "Requires_Improvement") == .requiresImprovement)
        #expect(LinkKind(parsing: "NLE support") == .nleSupport)
        #expect(StructureKind(parsing: "academy") == nil)
        #expect(OfstedGrade.allowedValues == ["outstanding", "good", "requires-improvement", "inadequate", "none"])
    }

    @Test("support and traded services are directed; partnerships are not")
    func directions() {
        #expect(LinkKind.allCases.filter(\.isDirected) == [.nleSupport, .lleSupport, .sleSupport, .tradedService])
    }
}
