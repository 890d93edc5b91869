namespace FactBot.Sources.Demo;

/// <summary>
/// Every fact planted in the demo dataset, so tests and docs can assert that FactBot finds exactly these.
/// Times are absolute UTC; changing <see cref="Start"/> does not move the surge, the waves or the labelled posts.
/// The bundled dataset is <see cref="Default"/>; <c>Default with { Seed = n }</c> gives another draw of the same story.
/// </summary>
public sealed partial record DemoScenario
{
    /// <summary>Seed of every random draw; the same seed gives byte-identical files.</summary>
    public required int Seed { get; init; }

    /// <summary>First instant of the timeline (UTC midnight).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Length of the timeline in days; the last day is the surge day.</summary>
    public required int Days { get; init; }

    /// <summary>End of the timeline, exclusive.</summary>
    public DateTimeOffset End => Start.AddDays(Days);

    /// <summary>Platform of every post.</summary>
    public required string Platform { get; init; }

    /// <summary><c>Post.Source</c> of every post.</summary>
    public required string Source { get; init; }

    /// <summary>How many ordinary accounts the background is drawn from (activity is skewed: a few post a lot).</summary>
    public required int OrganicAccountCount { get; init; }

    /// <summary>Organic hashtags with their evening-peak rate. The surge hashtag and its companions are among them.</summary>
    public required IReadOnlyList<DemoTopic> Topics { get; init; }

    /// <summary>Generic hashtags added to some posts (<c>#fyp</c> and friends); not watched.</summary>
    public required IReadOnlyList<string> FillerHashtags { get; init; }

    /// <summary>Background sounds, most popular first. The surge sound is not among them.</summary>
    public required IReadOnlyList<DemoSound> OrganicSounds { get; init; }

    /// <summary>Share of background posts with no sound.</summary>
    public required double NoSoundShare { get; init; }

    /// <summary>The sound of the planted surge; nobody uses it before the starter's first post.</summary>
    public required DemoSound SurgeSound { get; init; }

    /// <summary>The surging hashtag (normalised, no '#'); it has a low organic volume before the surge day.</summary>
    public required string SurgeHashtag { get; init; }

    /// <summary>Hashtags the wave carries next to <see cref="SurgeHashtag"/>.</summary>
    public required IReadOnlyList<string> SurgeCompanionHashtags { get; init; }

    /// <summary>UTC midnight starting the surge day (the day of <see cref="SurgeStart"/>).</summary>
    public DateTimeOffset SurgeDay => new(SurgeStart.UtcDateTime.Date, TimeSpan.Zero);

    /// <summary>Start of the organic rise on the surge day.</summary>
    public required DateTimeOffset SurgeStart { get; init; }

    /// <summary>End of the organic rise, exclusive.</summary>
    public required DateTimeOffset SurgeEnd { get; init; }

    /// <summary>Expected organic surge posts per hour from <see cref="SurgeStart"/> (on top of the background).</summary>
    public required IReadOnlyList<int> SurgeHourlyPosts { get; init; }

    /// <summary>Start of the hour with the most organic surge posts.</summary>
    public DateTimeOffset SurgePeakHour =>
        SurgeStart.AddHours(SurgeHourlyPosts.Select((count, hour) => (count, hour)).MaxBy(x => x.count).hour);

    /// <summary>The coordinated accounts: each posts in every wave and nowhere else.</summary>
    public required IReadOnlyList<string> CoordinatedAccounts { get; init; }

    /// <summary>Start of each coordinated wave; every post of a wave falls in [start, start + <see cref="WaveSpread"/>].</summary>
    public required IReadOnlyList<DateTimeOffset> CoordinatedWaves { get; init; }

    /// <summary>Longest time between the first and last post of one wave.</summary>
    public required TimeSpan WaveSpread { get; init; }

    /// <summary>
    /// The coordinated caption before variation. Each post varies only case, spacing, punctuation and emoji, so all
    /// normalise to the same words; the hashtags follow in the order of <see cref="CoordinatedHashtags"/>.
    /// </summary>
    public required string CaptionTemplate { get; init; }

    /// <summary>Hashtags of every coordinated post: the surge hashtag, then its companions.</summary>
    public IReadOnlyList<string> CoordinatedHashtags => [SurgeHashtag, .. SurgeCompanionHashtags];

    /// <summary>The state-controlled accounts on the demo label list.</summary>
    public required IReadOnlyList<DemoLabelledAccount> LabelledAccounts { get; init; }

    /// <summary>The labelled account that starts the wave.</summary>
    public DemoLabelledAccount Starter => LabelledAccounts.Single(a => a.Role == DemoLabelRole.Starter);

    /// <summary>The labelled accounts that join after the first wave.</summary>
    public IReadOnlyList<DemoLabelledAccount> Joiners => [.. LabelledAccounts.Where(a => a.Role == DemoLabelRole.Joiner)];

    /// <summary>Country column of labels.csv.</summary>
    public required string LabelCountry { get; init; }

    /// <summary>Source column of labels.csv.</summary>
    public required string LabelSource { get; init; }

    /// <summary>An organically trending sound: many unrelated accounts, varied captions, spread over minutes.</summary>
    public required DemoSound TrendingSound { get; init; }

    /// <summary>Trend level per day (0..1), one entry per day of the timeline.</summary>
    public required IReadOnlyList<double> TrendingDailyLevel { get; init; }

    /// <summary>Expected trending-sound posts per hour at level 1 and the evening peak.</summary>
    public required double TrendingPeakPerHour { get; init; }

    /// <summary>
    /// Outside the planted group, no two accounts post on the same sound (or the same normalised caption) within
    /// this window more than once in the whole dataset, so coordination found elsewhere is a detector bug.
    /// </summary>
    public required TimeSpan CoShareGuardWindow { get; init; }

    /// <summary>Seed watchlists written to watchlists.json.</summary>
    public required IReadOnlyList<DemoWatchlist> Watchlists { get; init; }
}
