using System.Text;
using FactBot.Storage.Migrations;
using LiteDB;
using LiteDB.Engine;

namespace FactBot.Storage.Database;

/// <summary>
/// Looks at <c>Storage:Path</c> before LiteDB touches it (LiteDB rewrites the header of any file it is given), so a
/// file that is not a FactBot database is never opened for writing, and every way the path can be unusable is one
/// sentence naming the setting and the fix.
/// </summary>
public static class StorageFileCheck
{
    // A LiteDB 5 data file says so at this offset of its first page, followed by its file format version.
    private const int HeaderOffset = 32;
    private const string Header = "** This is a LiteDB file **";
    private const byte FileVersion = 8;

    /// <summary>Null when the path can hold FactBot's database; otherwise what is wrong and what to do.</summary>
    public static string? Problem(string path)
    {
        if (path == StorageOptions.InMemory)
            return null;
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Say(path, $"is not a usable file path ({ex.Message})");
        }

        if (Directory.Exists(full))
            return Say(full, "is a directory; give a file in it, e.g. " + Path.Combine(full, "factbot.db"));
        return File.Exists(full) ? ExistingFile(full) : NewFile(full);
    }

    private static string? ExistingFile(string full)
    {
        try
        {
            using (var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                if (stream.Length == 0)
                    return Writable(full);
                var head = new byte[HeaderOffset + Header.Length + 1];
                if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length
                    || Encoding.ASCII.GetString(head, HeaderOffset, Header.Length) != Header)
                {
                    return Say(full, "is not a FactBot database (it is not a LiteDB file), so FactBot leaves it untouched; point it at a new file or at an existing FactBot database");
                }

                if (head[^1] != FileVersion)
                    return Say(full, $"is a LiteDB file of another format version ({head[^1]}, FactBot uses {FileVersion}), so FactBot leaves it untouched");
            }

            return ForeignLiteDb(full) ?? Writable(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Say(full, $"cannot be read ({ex.Message}); if another FactBot has it open, stop that one first");
        }
        catch (LiteException ex)
        {
            return Say(full, $"is a damaged LiteDB file ({ex.Message}), so FactBot leaves it untouched; restore it from a backup or point it at a new file");
        }
    }

    // A LiteDB file some other program made: it has collections, but not FactBot's schema version.
    private static string? ForeignLiteDb(string full)
    {
        using var db = new LiteDatabase(new LiteEngine(new EngineSettings { Filename = full, ReadOnly = true }));
        var names = db.GetCollectionNames().ToList();
        if (names.Count == 0)
            return null;
        if (names.Contains(Collections.Meta))
        {
            var (stored, latest) = (StorageMigrator.ReadVersion(db), StorageMigrations.All[^1].Version);
            return stored <= latest
                ? null
                : Say(full, $"was written by a newer FactBot (schema version {stored}; this one knows up to {latest}), so this one leaves it untouched; run that release or newer");
        }

        return Say(full, $"is a LiteDB database of another program (collections {string.Join(", ", names.Take(5))}), so FactBot leaves it untouched");
    }

    private static string? NewFile(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Say(full, $"cannot be created: its folder {folder} cannot be made ({ex.Message})");
        }

        return Writable(folder, probe: true);
    }

    private static string? Writable(string path, bool probe = false)
    {
        var target = probe ? Path.Combine(path, $".factbot-probe-{Guid.NewGuid():N}") : path;
        try
        {
            using (new FileStream(target, probe ? FileMode.CreateNew : FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
            {
            }

            if (probe)
                File.Delete(target);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Say(probe ? path : target, $"is not writable ({ex.Message}); FactBot needs to write its database there");
        }
    }

    private static string Say(string path, string what) =>
        $"Storage:Path '{path}' {what}. Set Storage:Path in config/appsettings.json or FACTBOT__Storage__Path (a file such as data/factbot.db, or :memory: for a throwaway store).";
}
