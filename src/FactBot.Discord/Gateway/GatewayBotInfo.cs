namespace FactBot.Discord.Gateway;

/// <summary><c>GET /gateway/bot</c>: where to connect and how many Identify calls are left today.</summary>
internal sealed record GatewayBotInfo(Uri Url, SessionStartLimit Limit);

/// <summary><c>session_start_limit</c>: Identify calls left, and when the 24-hour budget resets.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
