using FactBot.Core.Abstractions;
using FactBot.Core.Delivery;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Worker.Tests.Delivery;

/// <summary>A process killed with messages pending delivers each of them, once, when it starts again.</summary>
public sealed class OutboxRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-outbox-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Restart_WithPendingAndInterruptedMessages_DeliversEachExactlyOnce()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Path"] = Path.Combine(_folder, "outbox.db") };
        var command = new CliCommand(CliVerb.Import) { File = "unused" };
        using (var output = new StringWriter())
        using (var before = WorkerHost.Build(command, output, settings))
        {
            var outbox = before.Services.GetRequiredService<IOutboxStore>();
            var now = before.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            await outbox.EnqueueAsync(Message("pending-1", now));
            await outbox.EnqueueAsync(Message("pending-2", now));
            // A crash between "sending" and "sent": the platform may or may not have it; we send again.
            await outbox.EnqueueAsync(Message("interrupted", now) with { State = OutboxState.Sending, Attempts = 1 });
            Assert.Empty(output.ToString());
        }

        using var afterOutput = new StringWriter();
        using var after = WorkerHost.Build(command, afterOutput, settings);
        var dispatcher = after.Services.GetRequiredService<OutboxDispatcher>();
        var sent = await dispatcher.DrainAsync();
        var again = await dispatcher.DrainAsync();

        Assert.Equal(3, sent);
        Assert.Equal(0, again);
        var text = afterOutput.ToString();
        foreach (var id in new[] { "pending-1", "pending-2", "interrupted" })
        {
            Assert.Equal(1, Count(text, $"== message {id} =="));
            Assert.Equal(OutboxState.Sent, (await after.Services.GetRequiredService<IOutboxStore>().GetAsync(id))!.State);
        }
    }

    private static OutboxMessage Message(string id, DateTimeOffset now) => new()
    {
        Id = id,
        Chat = ChatRef.Console,
        Kind = OutboxKind.Alert,
        Message = new ChatMessage { Title = $"message {id}" },
        CreatedAt = now,
        DueAt = now,
    };

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
