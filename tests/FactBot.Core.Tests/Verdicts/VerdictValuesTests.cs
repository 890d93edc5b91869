using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Messages;
using FactBot.Core.Verdicts;

namespace FactBot.Core.Tests.Verdicts;

public sealed class VerdictValuesTests
{
    [Fact]
    public void Slugs_AreTheWordsTheCatalogAndTheAlertButtonsUse()
    {
        var slugs = Enum.GetValues<VerdictValue>().Select(v => v.Slug()).ToList();

        Assert.Equal(CommandCatalog.VerdictValues, slugs);
        Assert.Equal(AlertMessageFactory.VerdictValues, slugs);
    }

    [Theory]
    [InlineData("organic", VerdictValue.Organic)]
    [InlineData(" Coordinated ", VerdictValue.Coordinated)]
    [InlineData("UNSURE", VerdictValue.Unsure)]
    [InlineData("fake", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Parse_ReadsTheWordInAnyCase(string? word, VerdictValue? expected) => Assert.Equal(expected, VerdictValues.Parse(word));

    [Fact]
    public void Tally_CountsEachValue()
    {
        var at = DateTimeOffset.UnixEpoch;
        Verdict[] verdicts =
        [
            new("A-1", "a", VerdictValue.Organic, null, at),
            new("A-1", "b", VerdictValue.Organic, null, at),
            new("A-1", "c", VerdictValue.Misleading, null, at),
            new("A-1", "d", VerdictValue.Unsure, null, at),
        ];

        Assert.Equal(new VerdictTally(0, 2, 1, 1), VerdictValues.Tally(verdicts));
    }
}
