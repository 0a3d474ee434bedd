import Foundation

/// JSON with sorted keys and two-space indentation; NaN and nil become null, numbers are written
/// as in CSV (shortest exact form), so the same result gives the same bytes.
public enum JSONOutput {
    public static func encode(_ value: Any) throws -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: Any, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1), closing = String(repeating: "  ", count: indent)
        switch value {
        case let dictionary as [String: Any]:
            if dictionary.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, key) in dictionary.keys.sorted().enumerated() {
                out += pad + string(key) + ": "
                write(dictionary[key]!, indent: indent + 1, into: &out)
                out += i == dictionary.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        case let array as [Any]:
            if array.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in array.enumerated() {
                out += pad
                write(item, indent: indent + 1, into: &out)
                out += i == array.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case let text as String: out += string(text)
        case let flag as Bool: out += flag ? "true" : "false"
        case let number as Int: out += String(number)
        case let number as Double: out += number.isFinite ? NumberFormat.exact(number) : "null"
        case Optional<Any>.none: out += "null"
        default:
            if let optional = value as? OptionalProtocol, optional.isNil { out += "null" } else { out += string("\(value)") }
        }
    }

    /// The rows of a text table as JSON objects keyed by the header: columns from `numericFrom`
    /// on become numbers (an empty cell null), the others stay text.
    public static func objects(header: [String], rows: [[String]], numericFrom: Int) -> [[String: Any]] {
        rows.map { row in
            var object: [String: Any] = [:]
            for (index, (key, cell)) in zip(header, row).enumerated() {
                if index < numericFrom { object[key] = cell } else if cell.isEmpty { object[key] = Optional<Double>.none as Any } else {
                    object[key] = Double(cell).map { $0 as Any } ?? cell
                }
            }
            return object
        }
    }

    /// A JSON string: quote, backslash and control characters escaped; `<`, `>` and `&` too, so
    /// that the JSON can sit inside HTML.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&": out += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

private protocol OptionalProtocol { var isNil: Bool { get } }
extension Optional: OptionalProtocol { var isNil: Bool { self == nil } }
