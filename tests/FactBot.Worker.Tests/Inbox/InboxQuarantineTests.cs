using FactBot.Worker.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Worker.Tests.Inbox;

public sealed class InboxQuarantineTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "factbot-inbox-" + Guid.NewGuid().ToString("N"));
    private readonly InboxQuarantine _sut = new(new FakeTimeProvider(Now));

    public InboxQuarantineTests() => Directory.CreateDirectory(_inbox);

    [Fact]
    public async Task MoveToFailedAsync_MovesTheFileIntoFailedWithItsReason()
    {
        var file = Write("posts.xlsx", "PK…");

        var moved = await _sut.MoveToFailedAsync(file, "not a format FactBot reads: .xlsx");

        Assert.True(moved.IsSuccess);
        Assert.Equal(Path.Combine(_inbox, "failed", "posts.xlsx"), moved.Value);
        Assert.False(File.Exists(file));
        Assert.Equal("PK…", File.ReadAllText(moved.Value));
        var reason = File.ReadAllText(moved.Value + ".reason.txt");
        Assert.Contains("reason: not a format FactBot reads: .xlsx", reason, StringComparison.Ordinal);
        Assert.Contains("2026-03-01T12:00:00", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveToFailedAsync_SameNameTwice_KeepsBothWithACounter()
    {
        var first = await _sut.MoveToFailedAsync(Write("posts.jsonl.gz", "one"), "truncated");
        var second = await _sut.MoveToFailedAsync(Write("posts.jsonl.gz", "two"), "truncated again");

        Assert.Equal(Path.Combine(_inbox, "failed", "posts-2.jsonl.gz"), second.Value);
        Assert.Equal("one", File.ReadAllText(first.Value!));
        Assert.Equal("two", File.ReadAllText(second.Value!));
        Assert.Contains("truncated again", File.ReadAllText(second.Value + ".reason.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveToFailedAsync_ReasonWithControlCharacters_IsWrittenWithoutThem()
    {
        var moved = await _sut.MoveToFailedAsync(Write("a.json", "{"), "bad \u001b[2J page");

        Assert.Contains("reason: bad [2J page", File.ReadAllText(moved.Value + ".reason.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveToFailedAsync_FileGone_IsAnErrorValue()
    {
        var moved = await _sut.MoveToFailedAsync(Path.Combine(_inbox, "gone.jsonl"), "cannot open");

        Assert.False(moved.IsSuccess);
        Assert.Contains("gone.jsonl", moved.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveToFailedAsync_FailedFolder_IsNotAmongTheTopLevelFilesAPollLists()
    {
        Write("good.jsonl", "{}\n");
        await _sut.MoveToFailedAsync(Write("bad.bin", "\0"), "binary");

        // SourcePollJob lists the watch folder with Directory.EnumerateFiles (top level only).
        Assert.Equal([Path.Combine(_inbox, "good.jsonl")], Directory.EnumerateFiles(_inbox));
    }

    [Theory]
    [InlineData("posts.jsonl", "posts.jsonl")]
    [InlineData("../../etc/passwd", ".._.._etc_passwd")]
    [InlineData("..hidden", "hidden")]
    [InlineData("a\u001b[31mb.csv", "a_[31mb.csv")]
    [InlineData("", "file")]
    public void SafeName_KeepsOrdinaryNamesAndDefusesOthers(string name, string expected)
    {
        Assert.Equal(expected.TrimStart('.'), InboxQuarantine.SafeName(name));
    }

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_inbox, name);
        File.WriteAllText(path, content);
        return path;
    }
}
