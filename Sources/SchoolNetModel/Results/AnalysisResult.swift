/// The typed answer of an analysis: its context, then sections of figures and tables in the
/// order they are shown. Every command and the report render results through the same
/// renderers (aligned text, CSV, JSON, HTML), so a number is computed and formatted once.
public struct AnalysisResult: Sendable, Equatable {
    public enum Section: Sendable, Equatable {
        case figures(FigureList)
        case table(ResultTable)

        /// The JSON key of the section (nil for figures placed at the top level).
        public var name: String? {
            switch self {
            case .figures(let list): list.name
            case .table(let table): table.name
            }
        }
    }

    public var context: AnswerContext
    public var sections: [Section]

    public init(context: AnswerContext = AnswerContext(), sections: [Section]) {
        self.context = context
        self.sections = sections
    }

    /// The table with this name.
    public func table(_ name: String) -> ResultTable? {
        for case .table(let table) in sections where table.name == name { return table }
        return nil
    }

    /// The figures with this name (nil: the top-level ones).
    public func figures(_ name: String?) -> FigureList? {
        for case .figures(let list) in sections where list.name == name { return list }
        return nil
    }

    /// The result with only the sections of these names, in their order here.
    public func keeping(_ names: Set<String>) -> AnalysisResult {
        AnalysisResult(context: context, sections: sections.filter { $0.name.map(names.contains) ?? false })
    }
}
