using System.Text;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Commands;

/// <summary>
/// Reads the text syntax of Telegram and the console: <c>/watch add #donbas watchlist:ru-war</c>, quoted values
/// (<c>note:"looks organic"</c>), <c>key:value</c> for named options, the rest positional in catalog order. A
/// trailing text option takes the rest of the line. <c>/cmd@botname</c> is accepted when the name is ours.
/// </summary>
public static class TextCommandParser
{
    /// <summary>Null when the text is not a command at all (does not start with '/', or names another bot).</summary>
    public static Result<CommandRequest>? Parse(string text, CommandCaller caller, ChatRef chat, bool isDirectMessage, string? botUsername = null)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('/') || trimmed.Length < 2)
            return null;
        var tokens = Tokenize(trimmed[1..]);
        if (!tokens.IsSuccess)
            return tokens.Error;

        var words = tokens.Value;
        var name = words[0];
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            if (botUsername is not null && !string.Equals(name[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase))
                return null;
            name = name[..at];
        }

        name = name.ToLowerInvariant();
        var rest = words.Skip(1).ToList();
        string? subcommand = null;
        if (CommandCatalog.IsGroup(name) && rest.Count > 0 && !rest[0].Contains(':', StringComparison.Ordinal))
        {
            subcommand = rest[0].ToLowerInvariant();
            rest.RemoveAt(0);
        }

        var request = new CommandRequest { Name = name, Subcommand = subcommand, Caller = caller, Chat = chat, IsDirectMessage = isDirectMessage };
        var spec = CommandCatalog.Find(name, subcommand);
        if (spec is null)
            return request;
        var options = Assign(spec, rest);
        return options.IsSuccess ? request with { Options = options.Value } : options.Error;
    }

    private static Result<IReadOnlyDictionary<string, string>> Assign(CommandSpec spec, List<string> words)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var positional = new List<string>();
        foreach (var word in words)
        {
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && spec.Find(word[..colon]) is { } named)
            {
                if (!options.TryAdd(named.Name, word[(colon + 1)..]))
                    return new InvalidArgument(named.Name, $"'{named.Name}' is given twice.");
            }
            else
            {
                positional.Add(word);
            }
        }

        var free = spec.Options.Where(o => !options.ContainsKey(o.Name)).ToList();
        for (var i = 0; i < positional.Count; i++)
        {
            if (i >= free.Count)
                return new InvalidArgument(positional[i], $"'{positional[i]}' does not fit any option of /{spec.FullName}.");
            var isLast = i == free.Count - 1;
            options[free[i].Name] = isLast && free[i].Type == OptionType.Text
                ? string.Join(' ', positional.Skip(i))
                : positional[i];
            if (isLast && free[i].Type == OptionType.Text)
                break;
        }

        return options;
    }

    private static Result<List<string>> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        var inToken = false;
        foreach (var c in text)
        {
            if (quote is { } open)
            {
                if (c == open || (open == '“' && c == '”'))
                    quote = null;
                else
                    current.Append(c);
            }
            else if (c is '"' or '“')
            {
                quote = c;
                inToken = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inToken)
                    tokens.Add(current.ToString());
                current.Clear();
                inToken = false;
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        if (quote is not null)
            return new InvalidArgument("quote", "A quote was opened but not closed.");
        if (inToken)
            tokens.Add(current.ToString());
        return tokens;
    }
}
