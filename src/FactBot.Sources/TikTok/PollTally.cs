using FactBot.Core.Ingest;

namespace FactBot.Sources.TikTok;

/// <summary>Adds up one poll's query runs into a <see cref="PollSummary"/>.</summary>
internal sealed class PollTally(int queries)
{
    public int Polled { get; private set; }

    public int Requests { get; private set; }

    public long Read { get; private set; }

    public long Stored { get; private set; }

    public long Duplicates { get; private set; }

    public long Malformed { get; private set; }

    public int WindowsCompleted { get; private set; }

    public List<string> Problems { get; } = [];

    public void Add(TikTokResearchSource source, IngestResult result)
    {
        if (source.Requests > 0)
            Polled++;
        Requests += source.Requests;
        WindowsCompleted += source.WindowsCompleted;
        Read += result.Read;
        Stored += result.Stored;
        Duplicates += result.Duplicates;
        Malformed += result.Malformed;
    }

    public PollSummary ToSummary(int requestsLeftToday) =>
        new(queries, Polled, Requests, Read, Stored, Duplicates, Malformed, WindowsCompleted, requestsLeftToday, [.. Problems]);
}
