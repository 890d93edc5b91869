using FactBot.Core.Commands;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Core.Verdicts;

namespace FactBot.Core.Tests.Verdicts;

public sealed class VerdictButtonsTests
{
    private static readonly CommandCaller Caller = new("discord", "77", "Dana");
    private static readonly ChatRef Chat = new("discord", "555");

    [Fact]
    public void ToRequest_VerdictAction_IsTheVerdictCommandWithAlertAndValue()
    {
        var result = VerdictButtons.ToRequest(VerdictButtons.Action("A-7K2F", VerdictValue.Organic), Caller, Chat, isDirectMessage: true);

        var request = result!.Value.Value!;
        Assert.Equal("verdict", request.Name);
        Assert.Null(request.Subcommand);
        Assert.Equal("A-7K2F", request.Options["alert"]);
        Assert.Equal("organic", request.Options["value"]);
        Assert.Equal(Caller, request.Caller);
        Assert.Equal(Chat, request.Chat);
        Assert.True(request.IsDirectMessage);
    }

    [Fact]
    public void ToRequest_OtherButton_IsNotOurs() => Assert.Null(VerdictButtons.ToRequest("page:2", Caller, Chat, false));

    [Theory]
    [InlineData("verdict:A-7K2F")]
    [InlineData("verdict:A-7K2F:great")]
    [InlineData("verdict::organic")]
    [InlineData("verdict:A-7K2F:organic:extra")]
    public void ToRequest_MalformedVerdictAction_IsAnError(string action)
    {
        var result = VerdictButtons.ToRequest(action, Caller, Chat, false);

        Assert.NotNull(result);
        Assert.IsType<InvalidArgument>(result.Value.Error);
    }
}
