namespace FactBot.Core.Labels;

public static class LabelCategoryExtensions
{
    /// <summary>
    /// Whether posts by such accounts count toward the state-media share. Editorially independent public
    /// broadcasters do not: counting them would flag every public broadcaster's routine posting.
    /// </summary>
    public static bool CountsAsStateMedia(this LabelCategory category) => category != LabelCategory.StateFundedIndependent;

    public static string ToDisplay(this LabelCategory category) => category switch
    {
        LabelCategory.StateControlled => "state-controlled",
        LabelCategory.StateCaptured => "state-captured",
        LabelCategory.StateFundedIndependent => "state-funded (independent)",
        LabelCategory.Government => "government",
        LabelCategory.Diplomat => "diplomat",
        _ => category.ToString(),
    };

    /// <summary>Parses our CSV spelling ("state-controlled") or a matrix typology code ("SC").</summary>
    public static LabelCategory? Parse(string? text) => text?.Trim().TrimEnd('?').ToLowerInvariant() switch
    {
        "state-controlled" or "state_controlled" or "statecontrolled" or "sc" => LabelCategory.StateControlled,
        "state-captured" or "state_captured" or "captured" or "capu" or "capr" => LabelCategory.StateCaptured,
        "state-funded" or "state_funded" or "isf" or "ism" or "isfm" or "ip" => LabelCategory.StateFundedIndependent,
        "government" or "gov" => LabelCategory.Government,
        "diplomat" => LabelCategory.Diplomat,
        _ => null,
    };
}
