using FactBot.Core.Alerts;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands;

/// <summary>A command's options after checking: each value already of its type, so handlers never re-parse.</summary>
public sealed class CommandArguments(IReadOnlyDictionary<string, object> values)
{
    public static CommandArguments None { get; } = new(new Dictionary<string, object>());

    public bool Has(string name) => values.ContainsKey(name);

    public string? Text(string name) => Get<string>(name);

    public long? WholeNumber(string name) => values.TryGetValue(name, out var v) && v is long l ? l : null;

    public double? Number(string name) => values.TryGetValue(name, out var v) && v is double d ? d : null;

    public WatchTarget? Target(string name) => Get<WatchTarget>(name);

    public TimeSpan? Duration(string name) => values.TryGetValue(name, out var v) && v is TimeSpan t ? t : null;

    public Severity? Severity(string name) => values.TryGetValue(name, out var v) && v is Severity s ? s : null;

    public QuietHours? Quiet(string name) => Get<QuietHours>(name);

    private T? Get<T>(string name)
        where T : class => values.TryGetValue(name, out var value) ? value as T : null;
}
