/// What every answer says about itself: the date the landscape describes, the part of it
/// analysed, the layers of the network, the parameters used, and what could not be judged.
public struct AnswerContext: Sendable, Equatable {
    /// The day the landscape was taken at; nil when every row counts whatever its dates.
    public var date: CalendarDate?
    /// The part of the landscape analysed (`local authority Bradford`); nil for all of it.
    public var scope: String?
    /// The layers of the school network, when the user chose them; nil for all layers.
    public var layers: [String]?
    /// The thresholds or options the analysis used, echoed in every format.
    public var parameters: FigureList?
    /// Remarks a reader needs: what was estimated, what could not be judged and why.
    public var notes: [String]

    public init(
        date: CalendarDate? = nil, scope: String? = nil, layers: [String]? = nil, parameters: FigureList? = nil,
        notes: [String] = []
    ) {
        self.date = date
        self.scope = scope
        self.layers = layers
        self.parameters = parameters
        self.notes = notes
    }
}
