namespace FactBot.Core.Commands;

/// <summary>Who owns this FactBot (section <c>Core:Commands</c>).</summary>
public sealed class CommandOptions
{
    /// <summary>Caller keys (<c>platform:userId</c>, e.g. <c>telegram:12345</c>) with every right in every chat.</summary>
    public IList<string> Owners { get; set; } = [];
}
