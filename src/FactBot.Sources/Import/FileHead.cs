namespace FactBot.Sources.Import;

/// <summary>
/// The identity of a file whose reader has no byte offsets (CSV): the fingerprint of its content's head, as a
/// <see cref="FileMark"/> at offset 0. A resume whose head still matches belongs to this file (appended rows keep
/// the head); any other file at the same path is read from its start.
/// </summary>
internal static class FileHead
{
    /// <summary>The head mark of <paramref name="path"/>, hashing up to <see cref="FileMark.HeadBytes"/>; null when unreadable.</summary>
    public static FileMark? Of(string path) => Read(path, FileMark.HeadBytes) is { } head ? PageFile.Head(head) : null;

    /// <summary>Whether <paramref name="path"/> still starts with the head <paramref name="mark"/> fingerprinted.</summary>
    public static bool Matches(string path, FileMark mark)
    {
        var hashed = (int)Math.Min(mark.Hashed, FileMark.HeadBytes);
        return Read(path, hashed) is { } head && head.Length == hashed && FileMark.Hash(head) == mark.Fingerprint;
    }

    private static byte[]? Read(string path, int count)
    {
        try
        {
            var (content, _) = FileText.OpenContent(path);
            using (content)
            {
                var buffer = new byte[count];
                var read = content.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
                return buffer[..read];
            }
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return null;
        }
    }
}
