using System.Globalization;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Worker.Tests.Crash;

/// <summary>What a (dead) worker left in its LiteDB file: its alerts, as comparable lines, and its posts.</summary>
internal static class StoredState
{
    /// <summary>
    /// Every alert, one line each, ordered by id: everything an alert says except the wall-clock times it was opened,
    /// updated or closed at (a live run stamps those with the real clock, so no two runs share them).
    /// </summary>
    public static async Task<List<string>> AlertsAsync(string database)
    {
        await using var services = Open(database);
        var alerts = await services.GetRequiredService<IAlertStore>().QueryAsync(null, null, null, int.MaxValue);
        return [.. alerts.OrderBy(a => a.Id, StringComparer.Ordinal).Select(Describe)];
    }

    /// <summary>Every stored post's key, in store order.</summary>
    public static async Task<List<string>> PostKeysAsync(string database)
    {
        await using var services = Open(database);
        var posts = services.GetRequiredService<IPostStore>();
        var keys = new List<string>();
        long after = 0;
        while (await posts.ReadAfterSequenceAsync(after, 4096) is { Count: > 0 } page)
        {
            keys.AddRange(page.Select(p => p.Post.Key));
            after = page[^1].Sequence;
        }

        return keys;
    }

    private static ServiceProvider Open(string database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Path", database)]).Build();
        return new ServiceCollection().AddFactBotStorage(configuration).BuildServiceProvider();
    }

    private static string Describe(Alert a) => string.Join(
        " | ",
        a.Id, a.Kind, a.Target.Key, a.Watchlist, a.GroupKey, a.Status, a.Revision, a.ReopenCount,
        a.WindowStart.ToString("O", CultureInfo.InvariantCulture), a.WindowEnd.ToString("O", CultureInfo.InvariantCulture),
        a.Severity, a.Confidence.ToString("R", CultureInfo.InvariantCulture),
        string.Join(",", a.Signals.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}={s.Value:R}"))),
        string.Join(",", a.Evidence.PostKeys), string.Join(",", a.Evidence.Accounts), string.Join(",", a.Evidence.LabelledAccounts),
        string.Join(",", a.Evidence.Objects), string.Join(",", a.Evidence.Links), a.Explanation);
}
