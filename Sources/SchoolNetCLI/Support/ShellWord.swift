/// How a command line quotes a word so that it can be pasted into a POSIX shell: as it is when
/// it holds only letters, digits and `/._-`, else in single quotes (a single quote inside
/// written `'\''`).
enum ShellWord {
    static func quoted(_ word: String) -> String {
        !word.isEmpty && word.allSatisfy({ $0.isLetter || $0.isNumber || "/._-".contains($0) })
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
