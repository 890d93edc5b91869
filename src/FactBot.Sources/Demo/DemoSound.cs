namespace FactBot.Sources.Demo;

/// <summary>A fictional TikTok sound (music id and title) used by the demo dataset.</summary>
/// <param name="Id">A 19-digit music id, as TikTok writes them.</param>
/// <param name="Title">The title shown next to the sound.</param>
public sealed record DemoSound(string Id, string Title)
{
    /// <summary>The watch target as a user writes it: <c>sound:&lt;id&gt;</c>.</summary>
    public string Target => "sound:" + Id;
}
