using FactBot.Core.Abstractions;
using FactBot.Core.Watchlists;
using FactBot.Core.Commands.Admin;
using FactBot.Core.Labels;
using FactBot.Core.Messages;
using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/label add|remove|list</c>: admin-curated account labels. A change is audited and reaches ingest at once
/// through <see cref="LabelIndex.ReloadAsync"/>. Handles are normalised as posts' are, so the label joins.
/// </summary>
public sealed class LabelHandler(ILabelStore labels, LabelIndex index, IAuditLog audit, TimeProvider time) : ICommandHandler
{
    /// <summary>Labels listed in full; beyond this "and N more".</summary>
    internal const int MaxListed = 30;

    private const int MaxCountryLength = 64;

    private readonly AdminChangeLog _changes = new(audit, time);

    public string Name => "label";

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default) => context.Spec.Subcommand switch
    {
        "add" => AddAsync(context, ct),
        "remove" => RemoveAsync(context, ct),
        _ => ListAsync(context, ct),
    };

    private async Task<CommandReply> AddAsync(CommandContext context, CancellationToken ct)
    {
        var parsed = Parse(context);
        if (!parsed.IsSuccess)
            return CommandReply.Usage(parsed.Error.Message, context.Spec);
        var label = parsed.Value;

        var existing = await labels.GetAsync(label.Platform, label.Handle, ct);
        if (existing is not null && existing.Category == label.Category && existing.Country == label.Country
            && existing.EvidenceUrl == label.EvidenceUrl)
        {
            return AdminReplies.Unchanged($"{label.Platform} @{label.Handle} is already labelled so", LabelView.Line(existing));
        }

        await labels.UpsertAsync([label], ct);
        await _changes.RecordAsync(
            context, label.Key, existing is null ? null : AuditJson.Label(existing), AuditJson.Label(label), ct);
        await index.ReloadAsync(ct);
        var note = existing is null ? null : $"It replaces: {LabelView.Line(existing)}";
        return new CommandReply(LabelView.Create($"Labelled {label.Platform} @{label.Handle}", label, note));
    }

    private async Task<CommandReply> RemoveAsync(CommandContext context, CancellationToken ct)
    {
        var account = Account(context);
        if (!account.IsSuccess)
            return CommandReply.Usage(account.Error.Message, context.Spec);
        var (platform, handle) = account.Value;

        if (await labels.GetAsync(platform, handle, ct) is not { } existing)
        {
            return AdminReplies.Unchanged(
                $"{platform} @{handle} has no label",
                $"See the labelled accounts with /label list platform:{platform}.");
        }

        await labels.RemoveAsync(platform, handle, ct);
        await _changes.RecordAsync(context, existing.Key, AuditJson.Label(existing), null, ct);
        await index.ReloadAsync(ct);
        return CommandReply.Text($"Removed the label of {platform} @{handle}", $"It was: {LabelView.Line(existing)}");
    }

    private async Task<CommandReply> ListAsync(CommandContext context, CancellationToken ct)
    {
        string? platform = null;
        if (context.Arguments.Text("platform") is { } platformText)
        {
            var parsed = KnownPlatforms.Parse("platform", platformText);
            if (!parsed.IsSuccess)
                return CommandReply.Usage(parsed.Error.Message, context.Spec);
            platform = parsed.Value;
        }

        var all = await labels.ListAsync(platform, ct);
        var where = platform is null ? "" : $" on {platform}";
        if (all.Count == 0)
            return CommandReply.Text($"No labelled accounts{where}", "An admin can add one with /label add <handle> <platform>.");
        return new CommandReply(new ChatMessage
        {
            Title = $"Labelled accounts{where} ({Formats.Count(all.Count)})",
            Summary = Capped.Lines(all.Select(LabelView.Line), MaxListed),
            Footer = "/account <handle> shows an account's labels with their evidence.",
        });
    }

    private static Result<AccountLabel> Parse(CommandContext context)
    {
        var account = Account(context);
        if (!account.IsSuccess)
            return account.Error;
        var evidence = context.Arguments.Text("evidence");
        if (evidence is not null && !IsWebLink(evidence))
            return new InvalidArgument("evidence", $"'evidence' must be an http(s) link, e.g. https://example.org/report, not '{evidence}'.");
        var country = context.Arguments.Text("country");
        if (country is { Length: > MaxCountryLength })
            return new InvalidArgument("country", $"'country' must be at most {MaxCountryLength} characters.");

        var (platform, handle) = account.Value;
        return new AccountLabel
        {
            Platform = platform,
            Handle = handle,
            Category = LabelCategoryExtensions.Parse(context.Arguments.Text("category")) ?? LabelCategory.StateControlled,
            // Country codes are written upper-case in every list we load; names are kept as typed.
            Country = country is { Length: <= 3 } && country.All(char.IsLetter) ? country.ToUpperInvariant() : country,
            Source = "admin:" + context.Request.Caller,
            EvidenceUrl = evidence,
        };
    }

    private static Result<(string Platform, string Handle)> Account(CommandContext context)
    {
        var platform = KnownPlatforms.Parse("platform", context.Arguments.Text("platform")!);
        if (!platform.IsSuccess)
            return platform.Error;
        var handle = PostNormalizer.Handle(context.Arguments.Text("handle")!);
        if (handle.Length == 0 || handle.Any(char.IsWhiteSpace) || handle.Length > TargetText.MaxLength)
            return new InvalidArgument("handle", $"'handle' must be one account handle of at most {TargetText.MaxLength} characters, e.g. @rt_com, without spaces.");
        if (TargetText.Hidden(handle) is { } hidden)
            return new InvalidArgument("handle", $"'handle' holds an invisible or direction-changing character ({hidden}); type it again without it.");
        return (platform.Value, handle);
    }

    private static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
