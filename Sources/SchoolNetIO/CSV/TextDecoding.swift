/// Turns a file's bytes into text: UTF-8 (a byte-order mark is dropped), or, when the bytes are
/// not valid UTF-8, Windows-1252, the encoding of the Department for Education's GIAS exports.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case windows1252 = "Windows-1252"
}

public enum TextDecoding {
    /// The first byte that is a NUL or another control character no text file holds (anything
    /// below 0x20 but tab, line feed, carriage return and form feed), with its 1-based line.
    public static func firstBinaryByte(in bytes: [UInt8]) -> (line: Int, byte: UInt8)? {
        var line = 1
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                return (line, byte)
            }
        }
        return nil
    }

    /// Decodes the bytes; never fails, because every byte has a Windows-1252 meaning.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            return (text, hasBOM ? .utf8WithBOM : .utf8)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(windows1252Scalar(byte))
        }
        return (String(scalars), .windows1252)
    }

    /// Text whose C1 control characters (U+0080–U+009F) are Windows-1252 bytes read as Latin-1,
    /// as a tool that re-wrote a GIAS file left them (pandas turned `’` into U+0092): each is
    /// read as the Windows-1252 character of that byte. Nil when the text holds none.
    public static func repairingC1(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return nil }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append((0x80...0x9F).contains(scalar.value) ? windows1252Scalar(UInt8(scalar.value)) : scalar)
        }
        return String(scalars)
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F; its five undefined bytes map to the
    /// C1 controls of the same number, as the WHATWG encoding standard does.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(byte) - 0x80])!
    }
}
