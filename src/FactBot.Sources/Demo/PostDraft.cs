namespace FactBot.Sources.Demo;

/// <summary>A post before its author (for organic kinds), id and engagement are settled.</summary>
internal sealed class PostDraft(DraftKind kind, DateTimeOffset at, string text, IReadOnlyList<string> hashtags, DemoSound? sound)
{
    public DraftKind Kind { get; } = kind;

    public DateTimeOffset At { get; } = at;

    public string Text { get; } = text;

    public IReadOnlyList<string> Hashtags { get; } = hashtags;

    public DemoSound? Sound { get; } = sound;

    /// <summary>Order of creation; breaks ties between drafts at the same second so the result is stable.</summary>
    public int Sequence { get; set; }

    public bool IsFixed => Kind is DraftKind.Coordinated or DraftKind.Labelled;

    public string? Author { get; set; }

    public string? AuthorDisplayName { get; set; }

    public string? Region { get; set; }

    /// <summary>Objects two posts can be "co-shared" on: the sound, and the normalised caption.</summary>
    public IEnumerable<string> CoShareKeys()
    {
        if (Sound is not null)
            yield return "sound:" + Sound.Id;
        yield return "caption:" + CaptionKey.Normalize(Text);
    }
}
