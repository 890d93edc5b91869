using FactBot.Core.Abstractions;
using FactBot.Core.Audit;

namespace FactBot.Core.Commands.Admin;

/// <summary>Writes one audit entry per admin change, named after the command that made it (<c>watch add</c>).</summary>
internal sealed class AdminChangeLog(IAuditLog log, TimeProvider time)
{
    public Task RecordAsync(CommandContext context, string subject, string? before, string? after, CancellationToken ct) =>
        log.AppendAsync(
            new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = context.Actor,
                Action = context.Spec.FullName,
                Subject = subject,
                Before = before,
                After = after,
                Chat = context.Request.Chat.Key,
            },
            ct);
}
