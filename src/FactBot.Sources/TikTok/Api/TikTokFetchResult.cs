using System.Diagnostics.CodeAnalysis;
using FactBot.Core.Results;

namespace FactBot.Sources.TikTok.Api;

/// <summary>A page, or why there is none and whether that stops only this query or the whole TikTok source.</summary>
internal sealed record TikTokFetchResult
{
    private TikTokFetchResult(TikTokVideoPage? page, Error? error, bool stopsSource)
    {
        Page = page;
        Error = error;
        StopsSource = stopsSource;
    }

    public TikTokVideoPage? Page { get; }

    public Error? Error { get; }

    /// <summary>True for failures no other query can avoid: credentials, scope, the park, the day's quota.</summary>
    public bool StopsSource { get; }

    [MemberNotNullWhen(true, nameof(Page))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Page is not null;

    public static TikTokFetchResult Of(TikTokVideoPage page) => new(page, null, false);

    public static TikTokFetchResult ForQuery(Error error) => new(null, error, false);

    public static TikTokFetchResult ForSource(Error error) => new(null, error, true);
}
