using FactBot.Core.Abstractions;
using FactBot.Worker.Cli;
using FactBot.Worker.Inbox;
using FactBot.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using FactBot.Worker.Tests.Support;

namespace FactBot.Worker.Tests.Jobs;

/// <summary>The watch folder through the real composition: a bad file never blocks the files after it.</summary>
public sealed class SourcePollJobTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("factbot-watch-").FullName;
    private readonly StringWriter _output = new();
    private readonly IHost _host;

    public SourcePollJobTests() =>
        _host = WorkerHost.Build(new CliCommand(CliVerb.Run), _output, new Dictionary<string, string?>
        {
            ["Storage:Path"] = ":memory:",
            ["Worker:WatchFolder"] = _inbox,
        });

    public void Dispose()
    {
        _host.Dispose();
        _output.Dispose();
        Directory.Delete(_inbox, recursive: true);
    }

    [Fact]
    public async Task Poll_UnreadableFileFirst_LaterFilesAreStoredAndItMovesToFailedAfterThreePolls()
    {
        Write("a-export.xlsx", "PK\u0003\u0004 not a data file");
        Write("b-posts.jsonl", PostLines.Of(1, 10));

        await PollAsync();
        var afterOne = await StoredAsync();
        await PollAsync();
        await PollAsync();

        Assert.Equal(10, afterOne);
        Assert.False(File.Exists(Path.Combine(_inbox, "a-export.xlsx")));
        Assert.True(File.Exists(Path.Combine(_inbox, InboxQuarantine.FolderName, "a-export.xlsx")));
        var reason = await File.ReadAllTextAsync(Path.Combine(_inbox, InboxQuarantine.FolderName, "a-export.xlsx" + InboxQuarantine.ReasonSuffix));
        Assert.Contains("reason:", reason, StringComparison.Ordinal);
        Assert.Equal(10, await StoredAsync());
    }

    [Fact]
    public async Task Poll_LastLineHalfWritten_IsStoredOnceItsNewlineArrives()
    {
        var full = PostLines.Of(1, 10);
        var cut = full.Length - 40;
        Write("posts.jsonl", full[..cut]);

        await PollAsync();
        var before = await StoredAsync();
        await File.AppendAllTextAsync(Path.Combine(_inbox, "posts.jsonl"), full[cut..]);
        await PollAsync();

        Assert.Equal(9, before);
        Assert.Equal(10, await StoredAsync());
        Assert.False(Directory.Exists(Path.Combine(_inbox, InboxQuarantine.FolderName)));
    }

    [Fact]
    public async Task Poll_NewFileAtTheSamePath_IsReadFromItsStart()
    {
        Write("posts.jsonl", PostLines.Of(1, 150));
        await PollAsync();

        Write("posts.jsonl", PostLines.Of(1001, 150));
        await PollAsync();

        Assert.Equal(300, await StoredAsync());
    }

    private Task PollAsync() =>
        ActivatorUtilities.CreateInstance<SourcePollJob>(_host.Services).Execute(null!, CancellationToken.None).AsTask();

    private Task<long> StoredAsync() => _host.Services.GetRequiredService<IPostStore>().LastSequenceAsync();

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_inbox, name), content);

}
