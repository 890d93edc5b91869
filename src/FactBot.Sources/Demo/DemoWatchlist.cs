namespace FactBot.Sources.Demo;

/// <summary>A seed watchlist written to watchlists.json.</summary>
/// <param name="Name">Watchlist name; <c>main</c> always exists.</param>
/// <param name="Targets">Targets as users write them: <c>#tag</c>, <c>sound:&lt;id&gt;</c>, <c>kw:&lt;text&gt;</c>.</param>
public sealed record DemoWatchlist(string Name, IReadOnlyList<string> Targets);
