using System.ComponentModel.DataAnnotations;

namespace FactBot.Storage;

/// <summary>Where FactBot keeps its data (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The path that means "keep everything in memory, lose it on exit" (demo and tests).</summary>
    public const string InMemory = ":memory:";

    /// <summary>
    /// The LiteDB file, absolute or relative to the working directory; its folder is created if missing.
    /// <c>:memory:</c> keeps the database in memory. Default <c>data/factbot.db</c>.
    /// Environment override: <c>FACTBOT__Storage__Path</c>.
    /// </summary>
    [Required(ErrorMessage = "Storage:Path must not be empty. Set FACTBOT__Storage__Path to a file path or ':memory:'.")]
    public string Path { get; set; } = "data/factbot.db";

    /// <summary>
    /// Also store each post's source record as it came (<c>RawJson</c>). Nothing in FactBot reads it back, and it is
    /// about half of a stored post, so it is off by default; turn it on to keep the originals for audit or re-parsing.
    /// Only posts stored while it is on keep theirs. Default <c>false</c>.
    /// </summary>
    public bool KeepRawJson { get; set; }
}
