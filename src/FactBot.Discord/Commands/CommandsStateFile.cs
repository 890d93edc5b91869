using System.Text.Json;

namespace FactBot.Discord.Commands;

/// <summary>
/// Remembers the hash of the commands last registered per scope (<c>global</c> or a guild id) in a small JSON file,
/// so a restart with the same catalog registers nothing: Discord allows 200 command creates per day per guild.
/// </summary>
internal sealed class CommandsStateFile(string path)
{
    public string? Get(string scope)
    {
        var state = Read();
        return state.TryGetValue(scope, out var hash) ? hash : null;
    }

    public void Set(string scope, string hash)
    {
        var state = Read();
        state[scope] = hash;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        // Write then rename, so a crash mid-write cannot leave a half file that would force a re-registration loop.
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(state));
        File.Move(temp, path, overwrite: true);
    }

    private Dictionary<string, string> Read()
    {
        if (!File.Exists(path))
            return new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal); // unreadable: register once more and rewrite it
        }
    }
}
