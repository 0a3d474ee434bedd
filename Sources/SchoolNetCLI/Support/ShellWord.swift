/// How a command line quotes a word so that it can be pasted into a POSIX shell: as it is when
/// it holds only letters, digits and `/._-`, else in single quotes (a single quote inside
/// written `'\''`).
enum ShellWord {
    static func quoted(_ word: String) -> String {
        !word.isEmpty && word.allSatisfy({ $0.isLetter || $0.isNumber || "/._-".contains($0) })
            ? word : "'" + Self.escapingQuotes(word) + "'"
    }

    /// Each `'` as `'\''`, by scalar: an apostrophe followed by a combining mark is one Swift
    /// Character that is not an apostrophe, yet the shell ends the quoted word at it.
    static func escapingQuotes(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar == "'" { out.append(contentsOf: "'\\''".unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
