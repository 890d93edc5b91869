using System.Globalization;

namespace FactBot.Sources.TikTok.Planning;

/// <summary>
/// When each creation day's stored Research API posts were last re-checked in full, as persisted:
/// <c>20240105=2024-01-20T03:00:00Z;20240106=…</c>. A post is due when the later of its observation and its day's
/// check is older than the refresh interval.
/// </summary>
internal sealed class TikTokRefreshLedger
{
    private readonly SortedDictionary<DateOnly, DateTimeOffset> _checked = [];

    public DateTimeOffset? CheckedAt(DateOnly day) => _checked.TryGetValue(day, out var at) ? at : null;

    public void MarkChecked(DateOnly day, DateTimeOffset at) => _checked[day] = at;

    public void Forget(DateOnly day) => _checked.Remove(day);

    public void ForgetBefore(DateOnly day)
    {
        foreach (var old in _checked.Keys.Where(d => d < day).ToList())
            _checked.Remove(old);
    }

    public string Format() => string.Join(';', _checked.Select(kv =>
        TikTokWindow.Format(kv.Key) + "=" + kv.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));

    /// <summary>Reads <see cref="Format"/>'s text; unreadable entries are dropped (their days are simply re-checked).</summary>
    public static TikTokRefreshLedger Parse(string? text)
    {
        var ledger = new TikTokRefreshLedger();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && TikTokWindow.ParseDay(part[..eq]) is { } day
                && DateTimeOffset.TryParse(part[(eq + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                ledger._checked[day] = at.ToUniversalTime();
        }

        return ledger;
    }
}
