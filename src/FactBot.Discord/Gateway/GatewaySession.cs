namespace FactBot.Discord.Gateway;

/// <summary>What a Resume needs: the session id and resume URL from READY, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    // -1 stands for "none yet" so the heartbeat task can read it without a lock (sequences start at 1).
    private int _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public int? Sequence => Volatile.Read(ref _sequence) is var s and >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Started(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Saw(int? sequence)
    {
        if (sequence is { } s)
            Volatile.Write(ref _sequence, s);
    }

    /// <summary>The session is gone (Invalid Session false, 4007, 4009…): the next connection identifies.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
