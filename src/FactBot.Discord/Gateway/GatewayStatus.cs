namespace FactBot.Discord.Gateway;

/// <summary>What the gateway is doing, for the health check, logs and tests. Written by the gateway client only.</summary>
public sealed class GatewayStatus
{
    private int _identifies;
    private int _resumes;

    public GatewayState State { get; private set; } = GatewayState.Disconnected;

    /// <summary>Why the gateway stopped for good (e.g. close code 4004: the token was rejected); null while it runs.</summary>
    public string? FatalError { get; private set; }

    /// <summary>The last reason for a reconnect or wait, for operators.</summary>
    public string? Detail { get; private set; }

    /// <summary>The application id from READY.</summary>
    public string? ApplicationId { get; private set; }

    public DateTimeOffset? LastReadyAt { get; private set; }

    /// <summary>Identify calls sent since start (each one uses the daily budget).</summary>
    public int Identifies => Volatile.Read(ref _identifies);

    /// <summary>Resume calls sent since start.</summary>
    public int Resumes => Volatile.Read(ref _resumes);

    internal void Enter(GatewayState state, string? detail = null)
    {
        State = state;
        if (detail is not null)
            Detail = detail;
    }

    internal void Identified() => Interlocked.Increment(ref _identifies);

    internal void Resumed() => Interlocked.Increment(ref _resumes);

    internal void Ready(DateTimeOffset at, string? applicationId)
    {
        LastReadyAt = at;
        ApplicationId = applicationId ?? ApplicationId;
        State = GatewayState.Ready;
    }

    internal void Fail(string reason)
    {
        FatalError = reason;
        Detail = reason;
        State = GatewayState.Stopped;
    }
}
