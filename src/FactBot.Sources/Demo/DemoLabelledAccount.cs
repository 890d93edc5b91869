namespace FactBot.Sources.Demo;

/// <summary>
/// A fictional account on the demo label list (category state-controlled). It posts a little every day before the
/// surge day, and on the surge day at exactly <see cref="SurgePosts"/>, on the surge sound and hashtag.
/// </summary>
/// <param name="Handle">Normalised handle (lower-case, no '@').</param>
/// <param name="DisplayName">The outlet name shown on its posts.</param>
/// <param name="Role">Whether it starts the wave or joins it.</param>
/// <param name="SurgePosts">Its posts on the surge day, UTC, in order.</param>
public sealed record DemoLabelledAccount(
    string Handle,
    string DisplayName,
    DemoLabelRole Role,
    IReadOnlyList<DateTimeOffset> SurgePosts)
{
    /// <summary>A fictional evidence page on example.org, written to labels.csv.</summary>
    public string EvidenceUrl => "https://example.org/factbot-demo/labels/" + Handle;
}
