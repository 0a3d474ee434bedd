import SchoolNetModel
import SchoolNetReport

/// The `schoolnet` command lines that print what each part of a report shows: the report
/// describes a step in the library's terms, and this turns it into the words the command line
/// accepts, with the report's landscape, date and scope.
struct ReportCommandLines: Sendable {
    /// The landscape as the user named it.
    let landscape: String
    let date: CalendarDate?
    /// The report merged every date (`--all-dates`).
    var allDates = false
    let scope: LandscapeScope
    /// The report was made with `--lenient`, so every command must be too.
    var lenient = false
    /// `--layers …` and `--projection …` as the report was given them: the measures, place and
    /// diagrams use that network.
    var networkArguments: [String] = []
    /// Pairing ties and performance thresholds, for `place`.
    var placeArguments: [String] = []
    /// Alliance thresholds, for `patterns`.
    var patternArguments: [String] = []

    /// The command's words, without the program name.
    func words(_ step: ReportStep) -> [String] {
        var scope = self.scope
        var words: [String]
        switch step {
        case .summary: words = ["summary", landscape]
        case .metrics: words = ["metrics", landscape, "--format", "csv"] + networkArguments
        case .overlap(let view): words = ["overlap", landscape, "--view", view]
        case .hybrids: words = ["hybrids", landscape]
        case .patterns: words = ["patterns", landscape] + patternArguments
        case .place(let view): words = ["place", landscape, "--view", view] + networkArguments + placeArguments
        case .match: words = ["match", landscape] + placeArguments
        case .diagram(let request):
            words = ["render", landscape] + networkArguments
            if request.overview { words.append("--overview") }
            if request.hideUntied { words.append("--hide-untied") }
            if request.geographic { words += ["--engine", "geographic"] }
            if let engine = request.engine, !request.geographic { words += ["--engine", engine.rawValue] }
            if let title = request.title { words += ["--title", title] }
            if let attribute = request.colourBy { words += ["--colour-by", attribute] }
            if let measure = request.sizeBy { words += ["--size-by", measure] }
            if let labels = request.labels { words += ["--labels", String(labels)] }
            words += ["-o", request.fileName]
            if let other = request.scope { scope = other }
        case .changes(let from, let to):
            words = ["diff", landscape, "--from", from.description, "--to", to.description]
            if lenient { words.append("--lenient") }
            return words + Self.arguments(for: scope)
        case .series: words = ["summary", landscape, "--every", "year"] + placeArguments
        }
        if lenient { words.append("--lenient") }
        if let date { words += ["--at", date.description] } else if allDates { words.append("--all-dates") }
        return words + Self.arguments(for: scope)
    }

    /// The command line as it is shown: `schoolnet` and the words, quoted for a shell.
    func line(_ step: ReportStep) -> String {
        (["schoolnet"] + words(step).map(ShellWord.quoted)).joined(separator: " ")
    }

    /// The options that choose a scope.
    static func arguments(for scope: LandscapeScope) -> [String] {
        switch scope {
        case .whole: []
        case .localAuthority(let name): ["--la", name]
        case .region(let name): ["--region", name]
        case .structure(let id): ["--structure", id]
        case .neighbourhood(let urn, let radius, _): ["--around", urn.rawValue, "--radius", String(radius)]
        }
    }
}
