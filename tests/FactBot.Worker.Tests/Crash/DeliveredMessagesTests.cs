using Xunit.Sdk;

namespace FactBot.Worker.Tests.Crash;

/// <summary>The crash tests' message comparison lets through the one re-sent message in flight, and nothing more.</summary>
public sealed class DeliveredMessagesTests
{
    private const string Expected = "Alert A-1111\n  Window: 1\n  [chart: 10 bytes PNG]\n\nAlert A-2222\n  Window: 2\n\n";

    [Fact]
    public void EachOnceInAnyOrder_Passes() =>
        DeliveredMessages.AssertEachOnceButTheOneInFlight(Expected, ["Alert A-2222\n  Window: 2\n\n", "Alert A-1111\n  Window: 1\n  [chart: 12 bytes PNG]\n\n"]);

    [Fact]
    public void TheMessageInFlightPrintedAgainAfterAPartialPrint_Passes() =>
        DeliveredMessages.AssertEachOnceButTheOneInFlight(Expected, ["Alert A-1111\n", Expected]);

    [Fact]
    public void AMessageLost_Fails() =>
        Assert.ThrowsAny<XunitException>(() => DeliveredMessages.AssertEachOnceButTheOneInFlight(Expected, ["Alert A-2222\n  Window: 2\n\n"]));

    [Fact]
    public void TwoMessagesSentTwice_Fails() =>
        Assert.ThrowsAny<XunitException>(() => DeliveredMessages.AssertEachOnceButTheOneInFlight(Expected, [Expected, Expected]));
}
