using FactBot.Core.Results;

namespace FactBot.Telegram.Api;

/// <summary>Telegram refused a text or caption as too long: split or shortened further, it goes; as it is, never.</summary>
internal sealed record TooLong(string Message) : Error(Message);
