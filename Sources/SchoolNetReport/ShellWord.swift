import Foundation

/// How the report quotes a word in the commands it shows, so that they can be pasted into a
/// POSIX shell: as it is when it holds only letters, digits and `/._-`, else in single quotes
/// (a single quote inside written `'\''`).
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) }
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

