using System.Globalization;

namespace FactBot.Sources.Import;

/// <summary>
/// A position in TikTok page files, <c>{file}#page{P}</c> or <c>{file}#page{P}:video{I}</c> (1-based), and the
/// rule for what a resume from it skips. Positions written since files are fingerprinted end with
/// <c>@{mark}</c>, the <see cref="FileMark"/> of the start of page P's line (its fingerprint covering that line), so
/// a resume seeks there in a page-per-line file, and a new file at the same path is read from its start.
/// </summary>
internal sealed record TikTokPagePosition(string File, int Page, int? Video, FileMark? Mark = null)
{
    private const string PageMarker = "#page";
    private const string VideoMarker = ":video";

    public static TikTokPagePosition? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;

        var pageAt = text.LastIndexOf(PageMarker, StringComparison.Ordinal);
        if (pageAt <= 0)
            throw NotOurs(text);

        var rest = text.AsSpan(pageAt + PageMarker.Length);
        FileMark? mark = null;
        var markAt = rest.IndexOf('@');
        if (markAt >= 0)
        {
            mark = FileMark.TryParse(rest[(markAt + 1)..], out var parsed) ? parsed : throw NotOurs(text);
            rest = rest[..markAt];
        }

        int? video = null;
        var videoAt = rest.IndexOf(VideoMarker, StringComparison.Ordinal);
        if (videoAt >= 0)
        {
            video = ParseNumber(rest[(videoAt + VideoMarker.Length)..], text);
            rest = rest[..videoAt];
        }

        return new TikTokPagePosition(text[..pageAt], ParseNumber(rest, text), video, mark);
    }

    public static string Of(string file, int page) =>
        string.Concat(file, PageMarker, page.ToString(CultureInfo.InvariantCulture));

    /// <summary>The suffix that carries <paramref name="mark"/>, to append after the page or video.</summary>
    public static string MarkSuffix(FileMark mark) => "@" + mark;

    /// <summary>Whether a resume from this position skips the whole of <paramref name="page"/> of its file.</summary>
    public bool SkipsPage(int page) => page < Page || (page == Page && Video is null);

    /// <summary>How many leading videos of <paramref name="page"/> a resume from this position skips.</summary>
    public int VideosSkipped(int page) => page == Page ? Video ?? 0 : 0;

    private static int ParseNumber(ReadOnlySpan<char> digits, string text) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw NotOurs(text);

    // A position this source never emitted is a checkpoint from another source: a caller bug, not bad data.
    private static ArgumentException NotOurs(string resumeAfter) =>
        new($"'{resumeAfter}' is not a TikTok page position (file#pageP[:videoI]).", nameof(resumeAfter));
}
