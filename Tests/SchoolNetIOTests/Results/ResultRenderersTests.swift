import Foundation
import SchoolNetIO
import SchoolNetModel
import Testing

/// The renderers shared by every command and the report: one value, one way per format.
@Suite struct ResultRenderersTests {
    struct Row {
        let id: String
        let name: String
        let share: Double
        let count: Int
        let kinds: [String]
    }

    static let rows = [
        Row(id: "S2", name: "Second, \"quoted\"", share: 0.123456789, count: 12, kinds: ["mat", "tsa"]),
        Row(id: "S1", name: "First", share: .nan, count: 3, kinds: []),
    ]

    static let table = ResultTable(
        "things", title: "Things", rows: rows,
        columns: [
            ResultColumn("id", meaning: "An id.") { .reference(id: $0.id, name: $0.name) },
            ResultColumn("name", meaning: "A name.") { .text($0.name) },
            .number("share", meaning: "A share.") { $0.share },
            .count("count", meaning: "A count.") { $0.count },
            ResultColumn("kinds", meaning: "Kinds.") { row in .list(row.kinds.map(ResultValue.text)) },
            ResultColumn("blank", meaning: "Never known.") { _ in .unknown },
            ResultColumn("evidence", meaning: "Named numbers.") { row in
                .record([ResultField("a", .number(row.share)), ResultField("b", .count(row.count))])
            },
        ])

    static let result = AnalysisResult(
        context: AnswerContext(
            date: CalendarDate(iso: "2024-09-01"),
            parameters: FigureList(
                "thresholds", title: "Thresholds", style: .inline,
                figures: [Figure(key: "level", value: .number(0.5)), Figure(key: "minimum", value: .count(3))])),
        sections: [
            .figures(
                FigureList(
                    nil, title: "Listing",
                    figures: [
                        Figure(key: "total", label: "Total", value: .count(15), note: "(all of them)"),
                        .heading("By kind"),
                        Figure(key: "kinds/mat", label: "trust", value: .count(12), level: 1),
                        Figure(key: "shown", label: "Shown only", value: .count(1), audience: .people),
                        .unlisted("hidden", .number(2.5)),
                    ])),
            .table(table),
        ])

    @Test(
        "CSV: exact numbers, blanks for unknown and undefined, ids for references, ';' for lists, a column per record field"
    )
    func csv() {
        #expect(
            ResultCSV.render(Self.table) == """
                id,name,share,count,kinds,blank,evidence:a,evidence:b
                S2,"Second, ""quoted\"\"\",0.123456789,12,mat;tsa,,0.123456789,12
                S1,First,,3,,,,3

                """)
    }

    @Test("text: aligned, four decimals, – for undefined, parameters as set, unlisted figures left out")
    func text() {
        #expect(
            ResultText.render(Self.result) == """
                Thresholds: level=0.5 minimum=3

                Listing
                Total       15  (all of them)
                By kind
                  trust     12
                Shown only  1

                Things (2)
                id  name               share  count  kinds     blank  evidence
                S2  Second, "quoted"  0.1235     12  mat, tsa         a 0.1235, b 12
                S1  First                  –      3                   b 3

                """)
    }

    @Test("JSON: the date, parameters and nested figures by key; rows as objects; null for unknown")
    func json() throws {
        let text = ResultJSON.render(Self.result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
        #expect(object["at"] as? String == "2024-09-01")
        #expect((object["thresholds"] as? NSDictionary)?["level"] as? Double == 0.5)
        #expect(((object["kinds"] as? NSDictionary)?["mat"]) as? Int == 12)
        #expect(object["hidden"] as? Double == 2.5)
        #expect(object["shown"] == nil && object["By kind"] == nil)
        let rows = try #require(object["things"] as? [NSDictionary])
        #expect(rows[0]["id"] as? String == "S2" && rows[0]["kinds"] as? [String] == ["mat", "tsa"])
        #expect(rows[1]["share"] is NSNull && rows[1]["blank"] is NSNull)
        #expect((rows[0]["evidence"] as? NSDictionary)?["b"] as? Int == 12)
    }

    @Test("a keyed table is one object keyed by its key column")
    func keyed() throws {
        let table = ResultTable(
            "agreement", keyedBy: "kind", rows: [("mat", 0.5), ("tsa", 0.25)],
            columns: [
                ResultColumn("kind", meaning: "") { .text($0.0) }, .number("nmi", meaning: "") { $0.1 },
            ])
        let text = ResultJSON.render(AnalysisResult(sections: [.table(table)]))
        #expect(text.contains("\"agreement\": {\n    \"mat\": {\n      \"nmi\": 0.5\n    },"))
    }

    @Test("selecting, filtering and sorting keep cells with their columns")
    func operations() {
        let picked = Self.table.selecting(["count", "id"]).sorted { ($0[0].numeric ?? 0) < ($1[0].numeric ?? 0) }
        #expect(picked.columns.map(\.name) == ["count", "id"])
        #expect(picked.rows.map { $0[1].identifier } == ["S1", "S2"])
        #expect(Self.table.filtered { $0[3] == .count(3) }.rows.count == 1)
    }
}
