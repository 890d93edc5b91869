using System.Text.Json;

namespace FactBot.Discord.Gateway;

/// <summary>A dispatched event (op 0) handed to the event pump, off the receive loop.</summary>
internal sealed record GatewayDispatch(string Type, JsonElement Data, int? Sequence);
