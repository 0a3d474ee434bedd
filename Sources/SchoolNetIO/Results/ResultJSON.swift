import SchoolNetModel

/// A result as JSON: `schoolnet_version` (the release that made it, `Release.version`), `at`
/// (the date the landscape describes, or null), `scope`, `layers` and `notes` when there are any, the parameters under their name, then each section under its
/// name: figures as an object (or at the top level when unnamed), tables as a list of objects
/// keyed by column name.
public enum ResultJSON {
    public static func render(_ result: AnalysisResult) -> String { document(result).text }

    public static func document(_ result: AnalysisResult) -> JSONValue {
        var top: [String: JSONValue] = [
            "schoolnet_version": .string(Release.version), "at": .string(result.context.date?.description),
        ]
        if let basis = result.context.dateBasis { top["at_basis"] = .string(basis.rawValue) }
        if let scope = result.context.scope { top["scope"] = .string(scope) }
        if let layers = result.context.layers { top["layers"] = .array(layers.map(JSONValue.string)) }
        if !result.context.notes.isEmpty { top["notes"] = .array(result.context.notes.map(JSONValue.string)) }
        if let parameters = result.context.parameters { place(parameters, into: &top) }
        for section in result.sections {
            switch section {
            case .figures(let list): place(list, into: &top)
            case .table(let table): top[table.name] = rows(table)
            }
        }
        return .object(top)
    }

    /// The rows of a table as objects keyed by column name; for a table with a key column, one
    /// object whose members are the rows keyed by that column's text.
    public static func rows(_ table: ResultTable) -> JSONValue {
        let objects = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(table.columns, row).map { ($0.name, value($1)) })
        }
        guard let key = table.keyColumn else { return .array(objects.map(JSONValue.object)) }
        var keyed: [String: JSONValue] = [:]
        for var object in objects {
            let name = object.removeValue(forKey: key)?.stringValue ?? ""
            if keyed[name] == nil { keyed[name] = .object(object) }
        }
        return .object(keyed)
    }

    public static func value(_ value: ResultValue) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .count(let count): .integer(count)
        case .number(let number): .number(number)
        case .flag(let flag): .bool(flag)
        case .date(let date): .string(date.description)
        case .reference(let id, _): .string(id)
        case .list(let items): .array(items.map(Self.value))
        case .record(let fields):
            .object(Dictionary(fields.map { ($0.name, Self.value($0.value)) }, uniquingKeysWith: { a, _ in a }))
        case .unknown, .insufficientData: .null
        }
    }

    private static func place(_ list: FigureList, into top: inout [String: JSONValue]) {
        var members: [String: JSONValue] = list.name == nil ? top : [:]
        for figure in list.figures {
            guard figure.isExported, let figureValue = figure.value else { continue }
            insert(value(figureValue), at: figure.key.split(separator: "/").map(String.init)[...], into: &members)
        }
        if let name = list.name { top[name] = .object(members) } else { top = members }
    }

    private static func insert(_ value: JSONValue, at path: ArraySlice<String>, into members: inout [String: JSONValue])
    {
        guard let key = path.first else { return }
        if path.count == 1 {
            members[key] = value
            return
        }
        var inner = members[key]?.objectMembers ?? [:]
        insert(value, at: path.dropFirst(), into: &inner)
        members[key] = .object(inner)
    }
}
