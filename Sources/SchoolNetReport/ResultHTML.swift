import SchoolNetIO
import SchoolNetModel

/// Results as HTML, the report's one way of showing a number: tables that readers can sort by
/// any column, figure listings, and the parameters on one line. Numbers are shown as the
/// aligned text tables show them (``ResultText/cell(_:)``) and sorted by their exact value;
/// schools and structures by their names.
enum ResultHTML {
    /// A sortable table: column labels as headings, numeric columns right-aligned.
    static func table(_ table: ResultTable) -> HTML {
        let head = HTML.el(
            "thead", [],
            [
                .el(
                    "tr", [],
                    table.columns.map { column in
                        .el(
                            "th", column.isNumeric ? [("class", "num"), ("scope", "col")] : [("scope", "col")],
                            [
                                .el(
                                    "button",
                                    [
                                        ("type", "button"),
                                        ("title", column.meaning + (column.unit.map { " Unit: \($0)." } ?? "")),
                                    ], text: column.label)
                            ])
                    })
            ])
        let body = HTML.el("tbody", [], table.rows.map { row in .el("tr", [], row.map(cell)) })
        return .el("div", [("class", "table-wrap")], [.el("table", [("class", "sortable")], [head, body])])
    }

    /// One cell: numbers carry their exact value in `data-sort`.
    static func cell(_ value: ResultValue) -> HTML {
        switch value {
        case .number(let number):
            .el("td", [("class", "num"), ("data-sort", NumberFormat.exact(number))], text: ResultText.cell(value))
        case .count(let count): .el("td", [("class", "num"), ("data-sort", String(count))], text: String(count))
        default: .el("td", [], text: text(value))
        }
    }

    /// A value as people read it: references by name, lists joined by commas.
    static func text(_ value: ResultValue) -> String {
        switch value {
        case .reference(_, let name): name
        case .list(let items): items.map(text).joined(separator: ", ")
        default: ResultText.cell(value)
        }
    }

    /// A listing as a two-column table; headings span both columns, figures under them are
    /// indented.
    static func listing(_ list: FigureList) -> HTML {
        let rows: [HTML] = list.figures.filter(\.isListed).map { figure in
            guard let value = figure.value else {
                return .el("tr", [], [.el("th", [("colspan", "3"), ("scope", "rowgroup")], text: figure.label)])
            }
            let label = HTML.el("td", figure.level > 0 ? [("class", "indent")] : [], text: figure.label)
            return .el("tr", [], [label, cell(value), .el("td", [("class", "note")], text: figure.note ?? "")])
        }
        return .el("div", [("class", "table-wrap")], [.el("table", [("class", "listing")], [.el("tbody", [], rows)])])
    }

    /// The notes of a result's context, one paragraph each.
    static func notes(_ context: AnswerContext) -> [HTML] {
        context.notes.map { .el("p", [("class", "note")], text: "Note: \($0)") }
    }

    /// Parameters on one line, `name value` pairs.
    static func parameters(_ list: FigureList) -> HTML {
        let pairs = list.figures.filter(\.isListed).compactMap { figure in
            figure.value.map { "\(figure.key) \(ResultText.setting($0))" }
        }
        return .el(
            "p", [("class", "note")], text: (list.title.map { "\($0): " } ?? "") + pairs.joined(separator: "; ") + ".")
    }
}
