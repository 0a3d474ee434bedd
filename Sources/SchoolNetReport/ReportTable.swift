import SchoolNetIO

/// A table of the report that readers can sort by any column.
struct ReportTable {
    struct Column {
        var name: String
        var numeric = false
    }

    enum Cell {
        case text(String)
        /// A number: shown with four decimals at most (as `schoolnet`'s tables show it), sorted
        /// by its exact value.
        case number(Double)
        case count(Int)
    }

    var columns: [Column]
    var rows: [[Cell]] = []

    init(_ columns: [Column]) { self.columns = columns }

    var html: HTML {
        let head = HTML.el("thead", [], [.el("tr", [], columns.map { column in
            .el("th", column.numeric ? [("class", "num"), ("scope", "col")] : [("scope", "col")],
                [.el("button", [("type", "button")], text: column.name)])
        })])
        let body = HTML.el("tbody", [], rows.map { row in
            .el("tr", [], row.map { cell in
                switch cell {
                case .text(let text): .el("td", [], text: text)
                case .number(let value):
                    .el("td", [("class", "num"), ("data-sort", NumberFormat.exact(value))], text: NumberFormat.table(value))
                case .count(let value): .el("td", [("class", "num"), ("data-sort", String(value))], text: String(value))
                }
            })
        })
        return .el("div", [("class", "table-wrap")], [.el("table", [("class", "sortable")], [head, body])])
    }
}
