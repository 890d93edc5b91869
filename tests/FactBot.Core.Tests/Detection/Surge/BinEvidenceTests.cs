using FactBot.Core.Detection.Surge;
using FactBot.Core.Labels;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class BinEvidenceTests
{
    [Fact]
    public void ToEvidence_AuthorsWithEqualPosts_RankedByPostsThenKeyInOrdinalOrder()
    {
        var sut = new BinEvidencePool().Rent(1);
        foreach (var author in new[] { "b", "a", "B", "c", "c", "a", "ä", "ä" })
            sut.Add(PostBuilder.Create(author: author), 20);

        var accounts = sut.ToEvidence(10).Accounts;

        Assert.Equal(["a", "c", "ä", "B", "b"], accounts);
    }

    [Fact]
    public void ToEvidence_FloodOfAuthors_NamesTheHeavyAuthorsFirstWithBoundedMemory()
    {
        var random = new Random(3);
        List<string> authors =
        [
            .. Enumerable.Range(0, 5_000).Select(_ => $"user{random.Next(100_000)}"),
            .. Enumerable.Repeat("loud", 300), .. Enumerable.Repeat("louder", 400), .. Enumerable.Repeat("loudest", 500),
        ];
        var sut = new BinEvidencePool().Rent(1);
        foreach (var author in authors.OrderBy(_ => random.Next()))
            sut.Add(PostBuilder.Create(author: author), 20);

        var accounts = sut.ToEvidence(20).Accounts;

        // 6,200 posts over 64 counters: every author with more than 97 posts is named, in order.
        Assert.Equal(["loudest", "louder", "loud"], accounts.Take(3));
        Assert.Equal(20, accounts.Count);
        Assert.Equal(HeavyHitters.MinCounters, sut.TrackedAuthors);
    }

    [Fact]
    public void ToEvidence_FirstPostsOnly_KeysInOrderAndLinksOnlyWhereGiven()
    {
        var sut = new BinEvidencePool().Rent(1);
        for (var i = 0; i < 6; i++)
            sut.Add(PostBuilder.Create(id: $"p{i}") with { Url = i % 2 == 0 ? $"https://example.org/{i}" : i == 1 ? "" : null }, 4);

        var evidence = sut.ToEvidence(10);

        Assert.Equal(["tiktok:p0", "tiktok:p1", "tiktok:p2", "tiktok:p3"], evidence.PostKeys);
        Assert.Equal(["https://example.org/0", "https://example.org/2"], evidence.Links);
    }

    [Fact]
    public void Rent_AfterABusyBinWasReturned_StartsEmpty()
    {
        var pool = new BinEvidencePool();
        var busy = pool.Rent(1);
        var label = new AccountLabel { Platform = "tiktok", Handle = "statewire", Category = LabelCategory.StateControlled, Source = "s" };
        for (var i = 0; i < 2_000; i++)
            busy.Add(PostBuilder.Create(author: $"someone{i}") with { AuthorLabel = label, Url = "https://example.org/" + i }, 20);
        pool.Return(busy);

        var sut = pool.Rent(2);
        sut.Add(PostBuilder.Create(id: "fresh", author: "solo"), 20);
        var evidence = sut.ToEvidence(10);

        Assert.Same(busy, sut); // precondition: the same evidence came back
        Assert.Equal(2, sut.Bin);
        Assert.Equal(["tiktok:fresh"], evidence.PostKeys);
        Assert.Empty(evidence.Links);
        Assert.Equal(["solo"], evidence.Accounts);
        Assert.Empty(evidence.LabelledAccounts);
    }

    [Fact]
    public void ToEvidence_LabelledAuthorPostingOften_DescribedOnce()
    {
        var label = new AccountLabel { Platform = "tiktok", Handle = "statewire", Category = LabelCategory.Government, Source = "list@2" };
        var sut = new BinEvidencePool().Rent(1);
        for (var i = 0; i < 5; i++)
            sut.Add(PostBuilder.Create(author: "statewire") with { AuthorLabel = label }, 20);
        sut.Add(PostBuilder.Create(author: "statewire") with { AuthorLabel = label with { } }, 20);

        Assert.Equal(["statewire (government, list@2)"], sut.ToEvidence(5).LabelledAccounts);
    }
}
