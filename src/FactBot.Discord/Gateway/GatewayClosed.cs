using FactBot.Core.Results;

namespace FactBot.Discord.Gateway;

/// <summary>The gateway closed the socket, with its close code when it sent one.</summary>
internal sealed record GatewayClosed(int? CloseCode, string Message) : Error(Message);
