namespace FactBot.Core.Commands;

/// <summary>Resolves what a caller may do in a chat: owner by configuration, admin by the platform's word.</summary>
public interface IRoleResolver
{
    Task<CommandRole> ResolveAsync(CommandRequest request, CancellationToken ct = default);
}
