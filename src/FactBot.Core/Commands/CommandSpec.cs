using System.Text;

namespace FactBot.Core.Commands;

/// <summary>
/// One command (or one subcommand of a group such as <c>/watch add</c>) in the catalog: name, description, who may
/// use it, and its options in positional order. Help, usage replies and platform registrations all come from here.
/// </summary>
public sealed record CommandSpec(string Name, string? Subcommand, string Description, CommandRole Role, IReadOnlyList<OptionSpec> Options)
{
    /// <summary><c>watch add</c>, or <c>status</c>.</summary>
    public string FullName => Subcommand is null ? Name : $"{Name} {Subcommand}";

    /// <summary>In a DM anyone may run it even if <see cref="Role"/> is Admin (<c>/subscribe</c> for oneself).</summary>
    public bool OpenInDirectMessages { get; init; }

    public OptionSpec? Find(string option) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, option, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>/watch add &lt;target&gt; [watchlist:…] [platforms:…]</c>.</summary>
    public string Usage
    {
        get
        {
            var text = new StringBuilder("/").Append(FullName);
            foreach (var option in Options)
                text.Append(' ').Append(option.Required ? $"<{option.Name}>" : $"[{option.Name}:…]");
            return text.ToString();
        }
    }
}
