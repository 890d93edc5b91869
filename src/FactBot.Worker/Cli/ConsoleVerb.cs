using FactBot.Core.Commands;
using FactBot.Core.Abstractions;
using FactBot.Core.Delivery;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Subscriptions;
using FactBot.Sources;
using FactBot.Sources.Import;
using FactBot.Worker.Delivery;
using FactBot.Worker.Hosting;
using FactBot.Worker.Replay;
using FactBot.Worker.Seeding;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary>
/// <c>factbot console</c>: a local chat on stdin/stdout against the same store and engine. Lines starting with '/'
/// are chat commands (as an admin, or a plain user with --as-user); <c>replay FILE [--speed N|max]</c> and
/// <c>import FILE</c> feed data; <c>#</c> starts a comment; <c>quit</c> ends. Piped input works, so sessions script.
/// </summary>
internal sealed class ConsoleVerb(
    CommandDispatcher commands,
    StartupSeeder seeder,
    ReplayRunner replay,
    ImportVerb import,
    OutboxDispatcher outbox,
    DetectionEngine engine,
    IPostStore posts,
    IngestOptions ingest,
    IOptions<WorkerOptions> options,
    IOptions<SourcesOptions> sources,
    ContentRoot root,
    ConsoleInput input,
    ConsoleOutput console,
    TimeProvider time)
{
    public async Task<int> RunAsync(CliCommand command, CancellationToken ct)
    {
        var output = console.Writer;
        var caller = new CommandCaller("console", command.AsUser ? "user" : "operator", command.AsUser ? "user" : "operator", PlatformAdmin: !command.AsUser);
        await seeder.SeedAsync(root.Resolve(options.Value.SeedWatchlists), root.Resolve(options.Value.SeedLabels), consoleSubscription: false, ct: ct);
        await engine.EnsureRebuiltAsync(posts, ingest.WarmUp, ct);
        await output.WriteLineAsync($"FactBot console as {(command.AsUser ? "a plain user" : "an admin")}. /help for commands; replay FILE, import FILE, quit.");

        while (await input.Reader.ReadLineAsync(ct) is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
                continue;
            if (text is "quit" or "exit")
                break;
            await output.WriteLineAsync("> " + PlainTextRenderer.Clean(text));
            if (text.StartsWith('/'))
                await RunCommandAsync(text, caller, ct);
            else if (command.AsUser)
                await output.WriteLineAsync("Not allowed: replay and import are operator verbs; a plain user (--as-user) has chat commands only.");
            else
                await RunOperatorVerbAsync(text, ct);
            await outbox.DrainAsync(ct);
        }

        return 0;
    }

    private async Task RunCommandAsync(string text, CommandCaller caller, CancellationToken ct)
    {
        var parsed = TextCommandParser.Parse(text, caller, ChatRef.Console, isDirectMessage: false);
        var reply = parsed switch
        {
            null => CommandReply.Usage("That is not a command.", null),
            { IsSuccess: false } failed => CommandReply.Usage(failed.Error!.Message, null),
            { } ok => await commands.DispatchAsync(ok.Value!, ct),
        };
        await console.Writer.WriteLineAsync(PlainTextRenderer.Render(reply.Message));
    }

    private async Task RunOperatorVerbAsync(string text, CancellationToken ct)
    {
        var parsed = CliParser.Parse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!parsed.IsSuccess || parsed.Value.Verb is not (CliVerb.Replay or CliVerb.Import))
        {
            await console.Writer.WriteLineAsync(parsed.IsSuccess
                ? "Only replay FILE [--speed N|max], import FILE and quit work here; chat commands start with '/'."
                : $"error: {parsed.Error.Message}");
            return;
        }

        var verb = parsed.Value;
        if (verb.Verb == CliVerb.Import)
        {
            await import.RunAsync(verb, ct, observe: true);
            return;
        }

        var source = PostFileSources.Open(verb.File!, time);
        if (!source.IsSuccess)
        {
            await console.Writer.WriteLineAsync($"error: {source.Error.Message}");
            return;
        }

        var folder = Path.GetDirectoryName(verb.File!)!;
        await seeder.SeedAsync(Path.Combine(folder, "watchlists.json"), Path.Combine(folder, "labels.csv"), consoleSubscription: false, mergeTargets: true, ct);
        var skipped = new MalformedLog(sources.Value.ReportProblemsShown);
        var result = await replay.RunAsync(source.Value, sources.Value.ReplaySpeed(verb.Speed), skipped.Add, ct: ct);
        await console.Writer.WriteLineAsync(
            $"Replayed {result.Read:N0} records: {result.Stored:N0} new posts, {result.Duplicates:N0} already stored, {result.Malformed:N0} skipped. " +
            $"Virtual time is now {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC.");
        await skipped.WriteAsync(console.Writer);
    }
}
