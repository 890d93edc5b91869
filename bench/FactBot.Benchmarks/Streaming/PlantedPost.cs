namespace FactBot.Benchmarks.Streaming;

/// <summary>What a planted post belongs to, so the report can say what was planted.</summary>
internal enum PlantKind
{
    Surge,
    StateMedia,
    Coordinated,
}

/// <summary>One planted post: a surge extra, a state-media flood post or a coordinated group member's share.</summary>
/// <param name="LabelIndex">The author's index among the labelled accounts, or -1 for an unlabelled author.</param>
internal sealed record PlantedPost(PlantKind Kind, DateTimeOffset At, string Author, int LabelIndex, string[] Hashtags, string? Sound, string Caption);
