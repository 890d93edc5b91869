using FactBot.Core.Results;

namespace FactBot.Sources.TikTok.Api;

/// <summary>The API kept calling a search_id "invalid or expired" through every retry: the window must restart.</summary>
internal sealed record SearchIdExpired(string Message) : Error(Message);
