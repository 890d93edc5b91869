using System.Threading.Channels;

namespace FactBot.Discord.Gateway;

/// <summary>
/// The queue between the receive loop and the event handlers: the loop only writes, so a slow handler can never
/// block heartbeats or delay the next interaction (Discord.Net's most common failure).
/// </summary>
internal sealed class GatewayEvents
{
    private readonly Channel<GatewayDispatch> _channel =
        Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelWriter<GatewayDispatch> Writer => _channel.Writer;

    public ChannelReader<GatewayDispatch> Reader => _channel.Reader;
}
