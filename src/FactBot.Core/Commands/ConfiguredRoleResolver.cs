namespace FactBot.Core.Commands;

/// <summary>
/// Owners come from configuration; admins are whoever the platform says administers the chat (resolved by the
/// adapter into <see cref="CommandCaller.PlatformAdmin"/>). The local console is the operator's own terminal.
/// </summary>
public sealed class ConfiguredRoleResolver(CommandOptions options) : IRoleResolver
{
    public Task<CommandRole> ResolveAsync(CommandRequest request, CancellationToken ct = default)
    {
        var role = options.Owners.Contains(request.Caller.Key, StringComparer.Ordinal) ? CommandRole.Owner
            : request.Caller.PlatformAdmin ? CommandRole.Admin
            : CommandRole.Anyone;
        return Task.FromResult(role);
    }
}
