using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;

namespace FactBot.Sources.TikTok;

/// <summary>The counters of one refresh run and the failure that ended it, if any.</summary>
internal sealed class RefreshRun(RequestBudget budget)
{
    public RequestBudget Budget { get; } = budget;

    public int Days { get; set; }

    public int Checked { get; set; }

    public int Purged { get; set; }

    public int HeldBack { get; set; }

    public TikTokFetchResult? Stop { get; set; }
}
