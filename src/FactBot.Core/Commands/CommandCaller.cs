namespace FactBot.Core.Commands;

/// <summary>
/// Who sent a command. <see cref="PlatformAdmin"/> is what the platform says (Discord Manage Server, Telegram chat
/// administrator), resolved by the adapter; Core combines it with the configured owners.
/// </summary>
public sealed record CommandCaller(string Platform, string UserId, string DisplayName, bool PlatformAdmin = false)
{
    public string Key => $"{Platform}:{UserId}";

    public override string ToString() => $"{Key} ({DisplayName})";
}
