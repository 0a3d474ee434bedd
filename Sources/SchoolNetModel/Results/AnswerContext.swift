/// Where the date an answer describes comes from.
public enum DateBasis: String, Sendable, Equatable {
    /// The user named the day.
    case given
    /// The latest date on which the files record something starting or ending (the default).
    case latestRecorded = "latest-recorded"
    /// The user asked for every row whatever its dates.
    case allDates = "all-dates"
    /// The files record no date, so every row counts.
    case noDates = "no-dates"

    /// How a reader is told, after the date when there is one.
    public var phrase: String {
        switch self {
        case .given: "the date asked for"
        case .latestRecorded: "the latest date the files record"
        case .allDates: "every row whatever its dates, history merged"
        case .noDates: "the files record no dates, so every row counts"
        }
    }
}

/// What every answer says about itself: the date the landscape describes, the part of it
/// analysed, the layers of the network, the parameters used, and what could not be judged.
public struct AnswerContext: Sendable, Equatable {
    /// The day the landscape was taken at; nil when every row counts whatever its dates.
    public var date: CalendarDate?
    /// Where the date comes from; nil when no one said (a library caller that set none).
    public var dateBasis: DateBasis?
    /// The part of the landscape analysed (`local authority Bradford`); nil for all of it.
    public var scope: String?
    /// The layers of the school network, when the user chose them; nil for all layers.
    public var layers: [String]?
    /// The thresholds or options the analysis used, echoed in every format.
    public var parameters: FigureList?
    /// Remarks a reader needs: what was estimated, what could not be judged and why.
    public var notes: [String]

    public init(
        date: CalendarDate? = nil, dateBasis: DateBasis? = nil, scope: String? = nil, layers: [String]? = nil,
        parameters: FigureList? = nil, notes: [String] = []
    ) {
        self.date = date
        self.dateBasis = dateBasis
        self.scope = scope
        self.layers = layers
        self.parameters = parameters
        self.notes = notes
    }

    /// One line naming the date and the scope: `As at 2022-09-01 (the latest date the files
    /// record); local authority Bradford.`; nil when no one said where the date comes from.
    public var heading: String? {
        guard let basis = dateBasis else { return nil }
        let when = date.map { "As at \($0) (\(basis.phrase))" } ?? "All dates (\(basis.phrase))"
        return when + (scope.map { "; \($0)" } ?? "") + "."
    }
}
