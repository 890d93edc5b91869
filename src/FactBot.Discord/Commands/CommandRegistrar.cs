using System.Security.Cryptography;
using System.Text;
using FactBot.Core.Commands;
using FactBot.Core.Results;
using FactBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Commands;

/// <summary>
/// Bulk-overwrites the application commands (globally, or in each configured guild) only when the catalog's hash
/// differs from the one registered last time. Runs once per process, after the application id is known.
/// </summary>
internal sealed partial class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger) : IDisposable
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private readonly CommandsStateFile _state = new(options.Value.CommandsStateFile);
    private bool _done;

    /// <summary>Per scope: "registered", "unchanged" or the error; for the health check and tests.</summary>
    public IReadOnlyDictionary<string, string> Outcomes { get; private set; } = new Dictionary<string, string>();

    public async Task EnsureRegisteredAsync(string applicationId, CancellationToken ct)
    {
        if (!options.Value.RegisterCommands)
            return;
        await _once.WaitAsync(ct);
        try
        {
            if (_done)
                return;
            var body = ApplicationCommandBuilder.Build(CommandCatalog.All);
            var json = body.ToJsonString();
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            var scopes = options.Value.GuildIds.Count == 0 ? ["global"] : options.Value.GuildIds.ToList();
            var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            var failed = false;
            foreach (var scope in scopes)
            {
                var key = $"{applicationId}/{scope}";
                if (_state.Get(key) == hash)
                {
                    outcomes[scope] = "unchanged";
                    continue;
                }

                var path = scope == "global" ? $"applications/{applicationId}/commands" : $"applications/{applicationId}/guilds/{scope}/commands";
                var put = await rest.SendAsync(DiscordRequest.Put(path, body.DeepClone()), ct);
                outcomes[scope] = put.IsSuccess ? "registered" : put.Error.Message;
                if (put.IsSuccess)
                {
                    _state.Set(key, hash);
                    LogRegistered(logger, body.Count, scope);
                }
                else
                {
                    failed = true;
                    LogFailed(logger, scope, put.Error.Message);
                }
            }

            Outcomes = outcomes;
            _done = !failed; // a failure is tried again on the next READY
        }
        finally
        {
            _once.Release();
        }
    }

    public void Dispose() => _once.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord commands ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering the Discord commands ({Scope}) failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string scope, string reason);
}
