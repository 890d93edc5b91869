using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;
using FactBot.Sources.Import;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;

namespace FactBot.Sources.TikTok;

/// <summary>
/// One watch target's TikTok Research API query, read window by window and page by page until its request
/// budget, the day's quota or the present stops it. Each post's position is a <see cref="TikTokCursor"/> from
/// which a restart resumes (the same search_id and cursor, minus the videos already emitted), so the pipeline's
/// checkpoint is enough to go on mid-query. A page that yields no post (empty, or all of it emitted before) and a
/// search restarted after its search_id expired yield a <see cref="SourceItem.Progress"/> with the new cursor, so
/// the pipeline's checkpoint follows the cursor everywhere and no one else has to save it. Paging stops on
/// <c>has_more:false</c> only: short and empty pages are normal. Expected failures end the read and are kept in
/// <see cref="Failure"/>.
/// </summary>
public sealed class TikTokResearchSource : IPostSource
{
    private readonly TikTokQuery _query;
    private readonly TikTokCursor _start;
    private readonly TikTokPageFetcher _fetcher;
    private readonly RequestBudget _budget;
    private readonly TikTokWindowPlanner _planner;
    private readonly TikTokOptions _options;
    private readonly TimeProvider _time;

    internal TikTokResearchSource(
        TikTokQuery query,
        TikTokCursor start,
        TikTokPageFetcher fetcher,
        RequestBudget budget,
        TikTokOptions options,
        TimeProvider time)
    {
        _query = query;
        _start = start;
        _fetcher = fetcher;
        _budget = budget;
        _planner = new TikTokWindowPlanner(options);
        _options = options;
        _time = time;
        Id = TikTokSourceIds.ForQuery(query);
        Final = start;
    }

    /// <summary><c>tiktok-research:&lt;query hash&gt;</c>.</summary>
    public string Id { get; }

    /// <summary>Where the last read stopped (for the poll's log; the pipeline saved it from the positions yielded).</summary>
    internal TikTokCursor Final { get; private set; }

    /// <summary>Why the last read stopped early (null: it caught up or its budget ran out).</summary>
    internal TikTokFetchResult? Failure { get; private set; }

    internal int Requests => _budget.Used;

    internal int Pages { get; private set; }

    internal int WindowsCompleted { get; private set; }

    internal int WindowRestarts { get; private set; }

    /// <summary>
    /// Reads from <paramref name="resumeAfter"/> (the pipeline's checkpoint: a position this source yielded) or, when
    /// there is none, from the cursor the source was created with. An unreadable checkpoint also starts from that
    /// cursor: the poller planned with the same checkpoint, logged it and chose where to start.
    /// </summary>
    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var cursor = TikTokCursor.Parse(resumeAfter) ?? _start;
        Failure = null;
        while (_planner.Next(cursor, _time.GetUtcNow()) is { } window)
        {
            cursor = cursor with { Window = window };
            var request = new TikTokVideoRequest(_query, window, _options.PageSize, cursor.Offset, cursor.SearchId);
            var fetched = await _fetcher.FetchAsync(request, _budget, ct);
            if (!fetched.IsSuccess)
            {
                if (fetched.Error is SearchIdExpired && (cursor.Offset > 0 || cursor.SearchId is not null))
                {
                    // The cached search is gone: read the window again from its start; ingest drops the repeats.
                    WindowRestarts++;
                    cursor = cursor with { SearchId = null, Offset = 0, Skip = 0 };
                    yield return SourceItem.Progress(cursor.Format());
                    continue;
                }

                if (fetched.Error is not BudgetSpent)
                    Failure = fetched;
                break;
            }

            Pages++;
            var page = fetched.Page;
            var after = After(cursor, page, request);
            var items = Items(cursor, page, after);
            foreach (var item in items)
                yield return item;

            // The last video's position is already the page's end; without one, say where the cursor went.
            if (items.Count == 0)
                yield return SourceItem.Progress(after.Format());
            // A completed window moves what is settled (the planner keeps the API's lag out of it): the watermark.
            if (after.Window is null && after.Covered is { } covered)
                yield return Watermarks.Complete(after.Format(), new DateTimeOffset(covered.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            cursor = after;
            Final = cursor;
        }

        Final = cursor;
    }

    /// <summary>The cursor after a whole page: the next page of the same search, or the window completed.</summary>
    private TikTokCursor After(TikTokCursor cursor, TikTokVideoPage page, TikTokVideoRequest request)
    {
        if (!page.HasMore)
        {
            WindowsCompleted++;
            return _planner.Complete(cursor, _time.GetUtcNow());
        }

        // A cursor that does not move would page forever; step past the page instead.
        var next = page.Cursor is { } c && c > request.Cursor ? c : request.Cursor + request.MaxCount;
        return cursor with { SearchId = page.SearchId ?? cursor.SearchId, Offset = next, Skip = 0 };
    }

    private List<SourceItem> Items(TikTokCursor cursor, TikTokVideoPage page, TikTokCursor after)
    {
        var observedAt = _time.GetUtcNow();
        var items = new List<SourceItem>(page.Videos.Count);
        var within = cursor with { SearchId = page.SearchId ?? cursor.SearchId };
        for (var i = cursor.Skip; i < page.Videos.Count; i++)
        {
            // The last video's position is the page's end, so a resume from it does not fetch this page again.
            var position = (i == page.Videos.Count - 1 ? after : within with { Skip = i + 1 }).Format();
            var mapped = TikTokVideoMapper.Map(page.Videos[i], position, TikTokSourceIds.PostSource, observedAt);
            items.Add(mapped.IsSuccess
                ? CheckedItem.Of(mapped.Value, observedAt, position, $"{Id} window {cursor.Window} offset {cursor.Offset} video {i + 1}")
                : SourceItem.Malformed(position, $"{Id} window {cursor.Window} offset {cursor.Offset} video {i + 1}: {mapped.Error.Message}",
                    (mapped.Error as MalformedRecord)?.Field));
        }

        return items;
    }
}
