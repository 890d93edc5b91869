using System.Globalization;
using System.Text;
using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Worker.Inbox;

/// <summary>
/// Moves a watch-folder file that FactBot cannot read into <c>failed/</c> beside it, with a <c>{name}.reason.txt</c>
/// saying why and when, so it stops being retried every poll (and stops hiding the files after it) while the operator
/// can still see it, fix it and drop it in again. The poll job lists top-level files only, so nothing in
/// <c>failed/</c> is polled again. Nothing is overwritten: a second failed file of the same name gets a counter.
/// </summary>
internal sealed class InboxQuarantine(TimeProvider time)
{
    /// <summary>The folder, inside the watch folder, that failed files go to.</summary>
    public const string FolderName = "failed";

    /// <summary>The suffix of the file that explains a failure.</summary>
    public const string ReasonSuffix = ".reason.txt";

    private const int MaxNameChars = 150;
    private const int MaxAttempts = 1000;

    /// <summary>
    /// Moves <paramref name="file"/> to <c>failed/</c> and writes why; returns the new path, or the error (the file
    /// gone or not movable) as a value. Safe to call for a file that vanished meanwhile.
    /// </summary>
    public async Task<Result<string>> MoveToFailedAsync(string file, string reason, CancellationToken ct = default)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", FolderName);
        string target;
        try
        {
            Directory.CreateDirectory(folder);
            var moved = Move(file, folder);
            if (!moved.IsSuccess)
                return moved;
            target = moved.Value;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Unavailable($"Cannot move {SafeText.ForDisplay(file)} to {FolderName}/: {ex.Message}");
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"file: {Path.GetFileName(file)}\nfailed at: {time.GetUtcNow():O}\nreason: {SafeText.StripControl(reason)}\n");
        try
        {
            await using var stream = new FileStream(target + ReasonSuffix, FileMode.CreateNew, FileAccess.Write);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file is out of the inbox, which is what matters; the reason is also in the log the caller writes.
            return new Unavailable($"Moved {Path.GetFileName(file)} to {target} but could not write its reason: {ex.Message}");
        }

        return target;
    }

    /// <summary>A name safe to create on any file system: no separators or control characters, not hidden, not too long.</summary>
    internal static string SafeName(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
            safe.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        var result = safe.ToString().Trim().TrimStart('.');
        if (result.Length > MaxNameChars)
            result = result[..MaxNameChars];
        return result.Length == 0 ? "file" : result;
    }

    private static Result<string> Move(string file, string folder)
    {
        var name = SafeName(Path.GetFileName(file));
        // The counter goes before the extensions, so posts.jsonl.gz stays readable as posts-2.jsonl.gz.
        var dot = name.IndexOf('.', 1);
        var (stem, extensions) = dot < 0 ? (name, "") : (name[..dot], name[dot..]);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var candidate = Path.Combine(folder, attempt == 1 ? name : $"{stem}-{attempt.ToString(CultureInfo.InvariantCulture)}{extensions}");
            if (File.Exists(candidate) || File.Exists(candidate + ReasonSuffix))
                continue;
            if (!File.Exists(file))
                return new NotFound($"{Path.GetFileName(file)} is no longer in the inbox.");
            try
            {
                File.Move(file, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate))
            {
                // Another mover took this name between the check and the move: try the next one.
            }
        }

        return new Unavailable($"{FolderName}/ already holds {MaxAttempts} files named like {name}.");
    }
}
