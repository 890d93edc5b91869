using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Delivery;
using FactBot.Core.Ingest;
using Microsoft.Extensions.Options;

namespace FactBot.Core;

/// <summary>Everything Core can be told, bound from the <c>Core</c> section (env: <c>FACTBOT__Core__…</c>).</summary>
public sealed class CoreOptions
{
    public const string Section = "Core";

    [ValidateObjectMembers]
    public AlertOptions Alerts { get; set; } = new();

    [ValidateObjectMembers]
    public IngestOptions Ingest { get; set; } = new();

    [ValidateObjectMembers]
    public DeliveryOptions Delivery { get; set; } = new();

    public CommandOptions Commands { get; set; } = new();
}
