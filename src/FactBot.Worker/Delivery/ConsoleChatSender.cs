using System.Globalization;
using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;

namespace FactBot.Worker.Delivery;

/// <summary>The console as a chat platform: the demo's and the operator's view of alerts and digests.</summary>
internal sealed class ConsoleChatSender(ConsoleOutput output) : IChatSender
{
    private long _sent;

    public string Platform => "console";

    public async Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default)
    {
        var text = message.Kind is OutboxKind.AlertUpdate or OutboxKind.AlertNotice
            ? PlainTextRenderer.RenderUpdate(message.Message)
            : PlainTextRenderer.Render(message.Message) + Environment.NewLine;
        await output.Writer.WriteAsync(text.AsMemory(), ct);
        await output.Writer.FlushAsync(ct);
        return Interlocked.Increment(ref _sent).ToString(CultureInfo.InvariantCulture);
    }
}
