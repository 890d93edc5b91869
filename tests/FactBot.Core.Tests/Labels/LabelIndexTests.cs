using FactBot.Core.Labels;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Labels;

public sealed class LabelIndexTests
{
    private static readonly DateTimeOffset At = PostBuilder.Epoch;

    [Fact]
    public async Task Find_LabelledHandleOnItsPlatform_FindsItAndNothingElse()
    {
        var sut = await IndexOf(Label("tiktok", "statewire"));

        Assert.Equal("statewire", sut.Find("tiktok", "statewire", At)?.Handle);
        Assert.Null(sut.Find("mastodon", "statewire", At));
        Assert.Null(sut.Find("tiktok", "statewir", At));
        Assert.Null(sut.Find("tiktok", "statewire2", At));
    }

    [Fact]
    public async Task Find_HandleLongerThanTheStackKey_IsStillFound()
    {
        var handle = new string('x', 400);
        var sut = await IndexOf(Label("tiktok", handle));

        Assert.Same(handle, sut.Find("tiktok", handle, At)?.Handle);
    }

    [Fact]
    public async Task Find_OutsideTheLabelsValidity_IsNull()
    {
        var sut = await IndexOf(Label("tiktok", "statewire") with { ValidFrom = At, ValidTo = At.AddDays(1) });

        Assert.Null(sut.Find("tiktok", "statewire", At.AddTicks(-1)));
        Assert.NotNull(sut.Find("tiktok", "statewire", At));
        Assert.Null(sut.Find("tiktok", "statewire", At.AddDays(1)));
    }

    [Fact]
    public async Task Join_UnlabelledAuthor_ReturnsThePostItself()
    {
        var sut = await IndexOf(Label("tiktok", "statewire"));
        var post = PostBuilder.Create(author: "someone");

        Assert.Same(post, sut.Join(post));
    }

    [Fact]
    public async Task Join_LabelledAuthor_AddsTheLabel()
    {
        var label = Label("tiktok", "statewire");
        var sut = await IndexOf(label);

        var joined = sut.Join(PostBuilder.Create(author: "statewire"));

        Assert.Equal(label, joined.AuthorLabel);
    }

    private static AccountLabel Label(string platform, string handle) =>
        new() { Platform = platform, Handle = handle, Category = LabelCategory.StateControlled, Source = "test" };

    private static async Task<LabelIndex> IndexOf(params AccountLabel[] labels)
    {
        var store = new InMemoryLabelStore();
        await store.UpsertAsync(labels);
        var index = new LabelIndex(store);
        await index.ReloadAsync();
        return index;
    }
}
