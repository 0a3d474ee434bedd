/// Escaping rules that make any text come out of Graphviz exactly as it went in, verified on
/// Graphviz 2.42 (<doc:RenderingNotes#Escaping>): labels are "escString"s in which backslash sequences
/// and HTML entities mean something, and DOT strings end at an unescaped quote.
public enum DOTEscaping {
    /// A label-like value (label, xlabel, headlabel): `\` → `\\` and `&` → `&amp;` so that
    /// Graphviz shows them literally; line feeds become `\n` line breaks; other control
    /// characters, which make SVG ill-formed, are dropped (tab and CR become spaces).
    /// The result still needs ``quoted(_:)`` to go into DOT text.
    public static func label(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\t", "\r": out += " "
            default:
                if isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A tooltip: as ``label(_:)``, but Graphviz 2.42 cannot show every backslash sequence in
    /// a tooltip, so a backslash becomes U+29F5 (⧵, reverse solidus operator), which looks alike.
    public static func tooltip(_ text: String) -> String {
        label(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\\" ? "\u{29F5}" : $0 })))
    }

    /// Text inside an HTML-like label: XML escaping, and `\` → `\\` because Graphviz still
    /// reads backslash sequences there. Control characters are dropped.
    public static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "\\\\"
            default:
                if isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A DOT double-quoted string: `"` → `\"`. Backslashes are left as they are: the escaping
    /// above has already doubled every backslash that stands for itself, and Graphviz's lexer
    /// reads `\\` before a closing quote as two backslashes (verified on 2.42).
    public static func quoted(_ text: String) -> String {
        // By scalar, not by character: a quote followed by a combining mark is one Swift
        // Character that is not equal to a quote, yet ends a DOT string all the same (found by
        // fuzzing: `a"֯i` broke the DOT).
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append("\\") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }

    /// C0 and C1 control characters and DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
