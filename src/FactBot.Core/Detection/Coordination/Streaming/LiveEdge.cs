namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>An account pair (ids, <see cref="A"/> &lt; <see cref="B"/>) with its co-shares and how many of them count now.</summary>
internal sealed class LiveEdge(int a, int b)
{
    public int A => a;

    public int B => b;

    public List<CoShareRecord> CoShares { get; } = [];

    /// <summary>The co-shares that count: CooRTweet's edge weight.</summary>
    public int Counted { get; set; }

    public static long KeyOf(int x, int y) => x < y ? ((long)x << 32) | (uint)y : ((long)y << 32) | (uint)x;
}
