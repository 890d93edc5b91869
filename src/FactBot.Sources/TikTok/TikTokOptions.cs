using System.ComponentModel.DataAnnotations;

namespace FactBot.Sources.TikTok;

/// <summary>
/// The live TikTok Research API source (section <c>TikTok</c>; environment <c>FACTBOT__TikTok__ClientKey</c>,
/// <c>__ClientSecret</c>, <c>__BaseUrl</c>). The source is only registered when both credentials are set.
/// Defaults follow the documented limits: 1,000 requests and 100,000 records per UTC day, pages of 100.
/// </summary>
public sealed class TikTokOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "TikTok";

    /// <summary>The fields asked for when a configured list is refused; the mapper needs nothing else.</summary>
    public const string MinimalFields = "id,create_time,username,region_code,video_description,music_id,hashtag_names";

    /// <summary>API root; a loopback fake in tests. Default <c>https://open.tiktokapis.com/</c>.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://open.tiktokapis.com/");

    /// <summary>The approved research project's client key. A secret: never logged.</summary>
    public string? ClientKey { get; set; }

    /// <summary>The approved research project's client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Video fields asked for, comma-separated. Some documented fields are refused by the API; on
    /// <c>invalid_params</c> naming a field the source falls back to <see cref="MinimalFields"/>.</summary>
    [Required]
    public string Fields { get; set; } =
        "id,create_time,username,region_code,video_description,music_id,like_count,comment_count,share_count,"
        + "view_count,hashtag_names,effect_ids,playlist_id,voice_to_text";

    /// <summary>Research requests per UTC day (our own counter; every request sent counts, 500s included). Default 1,000.</summary>
    [Range(1, 1_000_000)]
    public int DailyRequestQuota { get; set; } = 1000;

    /// <summary>Records (videos returned) per UTC day. Default 100,000.</summary>
    [Range(1, 100_000_000)]
    public int DailyRecordQuota { get; set; } = 100_000;

    /// <summary>Requests one poll may spend, shared fairly across the due queries, so a day's quota is spread
    /// over the day. Default 50.</summary>
    [Range(1, 1_000_000)]
    public int MaxRequestsPerPoll { get; set; } = 50;

    /// <summary>Videos per page (<c>max_count</c>), 1–100. Default 100.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>Length of one query window in whole days; consecutive windows overlap by one day. Long windows
    /// make the API answer 500s, so 7 days is the ceiling. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "2.00:00:00", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan WindowLength { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How far back a newly watched target is first queried. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The API's data lag: the newest days fill in late, so they are queried again on later polls.
    /// Default 2 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "14.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan DataLag { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Once a query has caught up to today, it is queried again after this. Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RequeryInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Two-letter account regions ANDed to every query (<c>region_code IN …</c>); empty means none.
    /// Sound queries by <c>music_id</c> alone often return nothing, and a region makes them work.</summary>
    public string[] RegionCodes { get; set; } = [];

    /// <summary>The access token is renewed this long before it expires. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait after a first 429 before one retry; a second 429 parks the source until 00:00 UTC. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RateLimitRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a search_id the API calls "invalid or expired" before the window restarts. Default 5.</summary>
    [Range(0, 20)]
    public int SearchIdRetries { get; set; } = 5;

    /// <summary>Wait between those retries. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan SearchIdRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a 5xx / internal_error (each one costs quota). Default 2.</summary>
    [Range(0, 10)]
    public int ServerErrorRetries { get; set; } = 2;

    /// <summary>Wait before retrying a 5xx. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan ServerErrorRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>HTTP timeout of one call. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Stored Research API posts are re-checked when this old (terms: at least every 15 days); what
    /// vanished is deleted. Default 12 days, leaving a margin for quota-starved days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "15.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromDays(12);

    /// <summary>How far back (by creation day) the refresh looks for stored posts; keep it at least the store's
    /// post retention. Default 45 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "400.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RefreshHorizon { get; set; } = TimeSpan.FromDays(45);

    /// <summary>Requests one refresh run may spend. Default 200.</summary>
    [Range(1, 1_000_000)]
    public int RefreshMaxRequestsPerRun { get; set; } = 200;

    /// <summary>Video ids per refresh query (<c>video_id IN …</c>). Default 100.</summary>
    [Range(1, 100)]
    public int RefreshBatchSize { get; set; } = 100;

    /// <summary>A refresh query for at least this many ids that returns none of them is taken as an API hiccup
    /// (id filters are known to return nothing spuriously) and purges nothing; 0 turns the guard off. Default 5.</summary>
    [Range(0, 100)]
    public int PurgeGuardMinimum { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ClientKey) != string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult(
                "TikTok:ClientKey and TikTok:ClientSecret go together: set both (FACTBOT__TikTok__ClientKey, FACTBOT__TikTok__ClientSecret) or neither.",
                [nameof(ClientKey), nameof(ClientSecret)]);
        }

        var fields = (Fields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var needed in new[] { "id", "create_time", "username" })
        {
            if (!fields.Contains(needed, StringComparer.Ordinal))
                yield return new ValidationResult($"TikTok:Fields must include '{needed}' (a post needs it).", [nameof(Fields)]);
        }

        foreach (var code in RegionCodes ?? [])
        {
            if (code is null || code.Trim().Length != 2 || !code.Trim().All(char.IsAsciiLetter))
                yield return new ValidationResult($"TikTok:RegionCodes: '{code}' is not a two-letter region code (e.g. RU).", [nameof(RegionCodes)]);
        }

        if (WindowLength.Ticks % TimeSpan.TicksPerDay != 0)
            yield return new ValidationResult("TikTok:WindowLength must be whole days (the API takes dates).", [nameof(WindowLength)]);
    }
}
