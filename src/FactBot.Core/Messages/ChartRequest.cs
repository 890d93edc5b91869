namespace FactBot.Core.Messages;

/// <summary>A chart of one target's counts, platform-neutral: what to draw, not how (see <see cref="IChartRenderer"/>).</summary>
public sealed record ChartRequest
{
    /// <summary>Default width in pixels: readable inline in Discord and Telegram, small enough to stay fast.</summary>
    public const int DefaultWidth = 800;

    /// <summary>Default height in pixels.</summary>
    public const int DefaultHeight = 400;

    /// <summary>Chart title, kept short (a target key such as <c>#donbas</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The counts per bin with their expectation, oldest first.</summary>
    public required ChartSeries Series { get; init; }

    /// <summary>The time span to shade (the alert's window), or null for none.</summary>
    public ChartHighlight? Highlight { get; init; }

    /// <summary>Image width in pixels; fixed so renders are comparable and deterministic.</summary>
    public int Width { get; init; } = DefaultWidth;

    /// <summary>Image height in pixels.</summary>
    public int Height { get; init; } = DefaultHeight;
}
