using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FactBot.Discord;

/// <summary>The checks DataAnnotations cannot express: URLs, snowflakes, and the endpoint's key.</summary>
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
            failures.Add($"Discord:ApiBaseUrl '{options.ApiBaseUrl}' is not an http(s) URL. Default: https://discord.com/api/v10.");
        if (options.ApplicationId is { Length: > 0 } app && !Snowflake().IsMatch(app))
            failures.Add($"Discord:ApplicationId '{app}' is not a Discord id (digits only).");
        foreach (var guild in options.GuildIds.Where(g => !Snowflake().IsMatch(g)))
            failures.Add($"Discord:GuildIds has '{guild}', which is not a Discord id (digits only).");
        if (options.PublicKey is { Length: > 0 } key && !PublicKeyHex().IsMatch(key))
            failures.Add("Discord:PublicKey must be the application's public key: 64 hex characters.");
        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
            failures.Add("Discord:ReconnectMaxDelay must not be shorter than Discord:ReconnectBaseDelay.");

        var endpoint = options.InteractionsEndpoint;
        var nested = new List<ValidationResult>();
        if (!Validator.TryValidateObject(endpoint, new ValidationContext(endpoint), nested, validateAllProperties: true))
            failures.AddRange(nested.Select(r => $"Discord:InteractionsEndpoint: {r.ErrorMessage}"));
        if (endpoint.Enabled)
        {
            if (string.IsNullOrEmpty(options.PublicKey))
                failures.Add("Discord:InteractionsEndpoint is enabled but Discord:PublicKey is empty; set it to the application's public key.");
            if (string.IsNullOrEmpty(options.ApplicationId))
                failures.Add("Discord:InteractionsEndpoint is enabled but Discord:ApplicationId is empty; set it to the application id.");
            if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out _))
                failures.Add($"Discord:InteractionsEndpoint:Url '{endpoint.Url}' is not a URL, e.g. http://0.0.0.0:8080.");
            if (!endpoint.Path.StartsWith('/'))
                failures.Add("Discord:InteractionsEndpoint:Path must start with '/'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Snowflake();

    [GeneratedRegex("^[0-9a-fA-F]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicKeyHex();
}
