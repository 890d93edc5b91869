using FactBot.Core.Results;

namespace FactBot.Sources.TikTok.Api;

/// <summary>This poll's share of requests is used: a normal stop, resumed next poll.</summary>
internal sealed record BudgetSpent(string Message) : Error(Message);
