import SchoolNetModel

/// A result as aligned text for people at a terminal: the date and scope it describes, notes,
/// inline parameters on one line, each figure listing with its values aligned, each table with
/// its title and row count, text columns left-aligned and numeric ones right-aligned. Numbers
/// have four decimals at most; an undefined number is `–`, an unknown value empty; names are
/// written whole, so that two schools never read the same.
public enum ResultText {
    public static func render(_ result: AnalysisResult) -> String {
        var blocks: [String] = []
        var head = result.context.heading.map { $0 + "\n" } ?? ""
        head += result.context.notes.map { "Note: \($0)\n" }.joined()
        if let parameters = result.context.parameters, parameters.style == .inline { head += inline(parameters) }
        if !head.isEmpty { blocks.append(head) }
        for section in result.sections {
            switch section {
            case .figures(let list): blocks.append(list.style == .inline ? inline(list) : listing(list))
            case .table(let table):
                let heading = table.title.map { "\($0) (\(table.rows.count))\n" } ?? ""
                blocks.append(heading + render(table))
            }
        }
        return blocks.joined(separator: "\n")
    }

    /// One table, aligned.
    public static func render(_ table: ResultTable) -> String {
        let cells =
            [table.columns.map(\.name)]
            + table.rows.map { row in row.map { cell($0).replacingOccurrences(of: "\n", with: " ") } }
        let widths = table.columns.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
        return cells.map { row in
            var line = ""
            for (c, text) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[c] - text.count)
                if c > 0 { line += "  " }
                line += table.columns[c].isNumeric ? pad + text : text + pad
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// Figures one a line: the label (indented by level), then the value and its note aligned.
    public static func listing(_ list: FigureList) -> String {
        let listed = list.figures.filter(\.isListed)
        let labels = listed.map { String(repeating: "  ", count: $0.level) + $0.label }
        let width = labels.map(\.count).max() ?? 0
        var text = list.title.map { $0 + "\n" } ?? ""
        for (figure, label) in zip(listed, labels) {
            guard let value = figure.value else {
                text += label + "\n"
                continue
            }
            text +=
                label + String(repeating: " ", count: width - label.count + 2) + cell(value)
                + (figure.note.map { "  \($0)" } ?? "") + "\n"
        }
        return text
    }

    /// `Title: name=value name=value`; numbers as set (parameters), not rounded.
    public static func inline(_ list: FigureList) -> String {
        let pairs = list.figures.filter(\.isListed).compactMap { figure in
            figure.value.map { "\(figure.key)=\(setting($0))" }
        }
        return (list.title.map { "\($0): " } ?? "") + pairs.joined(separator: " ") + "\n"
    }

    /// A parameter's value: a number as it was set (shortest exact form), anything else as a cell.
    public static func setting(_ value: ResultValue) -> String {
        switch value {
        case .number(let number): NumberFormat.exact(number)
        case .list(let items): items.map(setting).joined(separator: ",")
        default: cell(value)
        }
    }

    public static func cell(_ value: ResultValue) -> String {
        switch value {
        case .text(let text): text
        case .count(let count): String(count)
        case .number(let number): NumberFormat.table(number)
        case .flag(let flag): flag ? "yes" : "no"
        case .date(let date): date.description
        case .reference(let id, _): id
        case .list(let items): items.map(cell).joined(separator: ", ")
        case .record(let fields):
            fields.filter { field in
                switch field.value {
                case .unknown, .insufficientData: false
                case .number(let number): !number.isNaN
                default: true
                }
            }.map { "\($0.name) \(cell($0.value))" }.joined(separator: ", ")
        case .unknown: ""
        case .insufficientData: "insufficient data"
        }
    }
}
