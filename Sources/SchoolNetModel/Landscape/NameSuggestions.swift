/// The names a user probably meant when a name matches nothing: those that contain it or are
/// contained in it once case, spaces and punctuation are set aside (`Bristol` for `Bristol, City
/// of`) or hold every word of it (`Brackenshire Learning Trust` for `Brackenshire Trust`), then
/// those a few typing slips away (Levenshtein distance at most a quarter of the
/// name's length, and at least 1).
public enum NameSuggestions {
    /// At most `limit` names from `names`, closest first.
    ///
    /// - Complexity: O(names × length²).
    public static func closest(to text: String, among names: [String], limit: Int = 3) -> [String] {
        let key = normalised(text)
        guard !key.isEmpty else { return [] }
        let allowed = max(1, key.count / 4)
        var scored: [(score: Int, name: String)] = []
        for name in Set(names) {
            let other = normalised(name)
            if other.isEmpty || other == key && name == text { continue }
            if other.contains(key) || key.contains(other) || containsWords(of: text, in: name) {
                scored.append((0, name))
            } else {
                let distance = levenshtein(Array(key), Array(other))
                if distance <= allowed { scored.append((distance, name)) }
            }
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(limit).map(\.name)
    }

    /// True when every word of `text` (two or more of them) is a word of `name`.
    static func containsWords(of text: String, in name: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        let named = Set(name.lowercased().split { !$0.isLetter && !$0.isNumber })
        return words.count >= 2 && words.allSatisfy(named.contains)
    }

    static func normalised(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(
                Character.init))
    }

    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// `; did you mean 'A' or 'B'?`, or nothing.
    public static func phrase(_ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "" }
        return "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
