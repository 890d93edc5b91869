using FactBot.Core.Digests;
using FactBot.Core.Messages;
using FactBot.Core.Verdicts;

namespace FactBot.Core.Commands.Handlers;

/// <summary><c>/verdict alert value [note]</c>: records (or changes) the caller's verdict and shows the tallies.</summary>
public sealed class VerdictHandler(VerdictService verdicts) : ICommandHandler
{
    public string Name => "verdict";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var alertId = context.Arguments.Text("alert")!;
        // The catalog only lets the four verdict words through, so this parse cannot fail for checked arguments.
        var value = VerdictValues.Parse(context.Arguments.Text("value"))
            ?? throw new InvalidOperationException("The dispatcher let an unknown verdict through.");
        var result = await verdicts.RecordAsync(alertId, context.Request.Caller.Key, value, context.Arguments.Text("note"), ct);
        if (!result.IsSuccess)
        {
            return CommandReply.Text(
                $"No alert {alertId}",
                "Nothing was recorded. /alerts lists the recent alerts with their ids.",
                ephemeral: true);
        }

        var (alert, verdict, replaced) = result.Value;
        var title = replaced is null || replaced.Value == verdict.Value
            ? $"Verdict recorded: {verdict.Value.Slug()} on {alert.Id}"
            : $"Verdict changed: {replaced.Value.Slug()} → {verdict.Value.Slug()} on {alert.Id}";
        var fields = new List<ChatField> { new("Verdicts", AlertMessageFactory.VerdictSummary(alert.Verdicts), Inline: false) };
        if (verdict.Note is { } note)
            fields.Add(new ChatField("Your note", note, Inline: false));
        return new CommandReply(new ChatMessage
        {
            Title = title,
            Summary = DigestBuilder.Line(alert),
            Fields = fields,
            Footer = $"One verdict per person: send another to change yours. /explain {alert.Id} for the evidence.",
        }, Ephemeral: true);
    }
}
