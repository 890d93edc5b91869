using FactBot.Core.Commands;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>Stands in for /digest and answers only when the test releases it: a command slower than Discord's 3 s.</summary>
internal sealed class BlockingDigestHandler : ICommandHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "digest";

    public void Release() => _release.TrySetResult();

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        await _release.Task.WaitAsync(ct);
        return CommandReply.Text("Digest for main", "Nothing surged.");
    }
}
