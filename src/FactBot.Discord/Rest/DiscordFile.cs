namespace FactBot.Discord.Rest;

/// <summary>A file sent with a message (the chart), as the <c>files[0]</c> multipart part.</summary>
internal sealed record DiscordFile(string FileName, byte[] Content, string ContentType = "image/png");
