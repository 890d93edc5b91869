using System.Text.Json;
using FactBot.Core.Results;
using FactBot.Core.Watchlists;

namespace FactBot.Worker.Seeding;

/// <summary>
/// Reads <c>watchlists.json</c>: <c>{"watchlists":[{"name":"main","targets":["#donbas","sound:123"],
/// "thresholds":{"floor":10,"minRatio":2,"familyAlpha":0.01}}]}</c>. A bad target names itself and its watchlist.
/// </summary>
internal static class WatchlistSeedFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static Result<IReadOnlyList<Watchlist>> Load(string path)
    {
        if (!File.Exists(path))
            return new NotFound($"watchlist file {path} does not exist");
        SeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SeedDocument>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            return new InvalidArgument(path, $"{path} is not valid JSON: {ex.Message}");
        }

        var lists = new List<Watchlist>();
        foreach (var entry in document?.Watchlists ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
                return new InvalidArgument(path, $"{path}: every watchlist needs a name");
            var targets = new List<WatchTarget>();
            foreach (var text in entry.Targets ?? [])
            {
                var target = WatchTarget.Parse(text);
                if (!target.IsSuccess)
                    return new InvalidArgument(path, $"{path}, watchlist '{entry.Name}': {target.Error.Message}");
                targets.Add(target.Value);
            }

            lists.Add(new Watchlist
            {
                Name = entry.Name.Trim().ToLowerInvariant(),
                Targets = targets,
                Thresholds = entry.Thresholds ?? DetectorThresholds.None,
            });
        }

        return lists;
    }

    private sealed record SeedDocument(List<SeedWatchlist>? Watchlists);

    private sealed record SeedWatchlist(string? Name, List<string>? Targets, DetectorThresholds? Thresholds);
}
