using System.Globalization;
using System.Net;
using System.Text;
using System.Web;
using FactBot.Worker.Tests.Support;

namespace FactBot.Worker.Tests.Crash;

/// <summary>
/// One Mastodon hashtag timeline on 127.0.0.1 (HttpListener), serving fixed statuses numbered 1…n. A request with
/// <c>min_id=k</c> gets the next <c>limit</c> statuses after k and a <c>rel="prev"</c> link past them; a request without
/// <c>min_id</c> (FactBot's first poll) gets the first page, as an instance would whose timeline had just those statuses
/// then. Each answer waits <see cref="Delay"/>, so a worker's poll spans a while and can be killed inside it.
/// </summary>
internal sealed class MastodonStandIn : IDisposable
{
    private readonly IReadOnlyList<string> _statuses;
    private readonly LoopbackListener _listener;

    public MastodonStandIn(IReadOnlyList<string> statuses, TimeSpan delay)
    {
        _statuses = statuses;
        Delay = delay;
        _listener = new LoopbackListener(AnswerAsync);
    }

    public string BaseUrl => _listener.BaseUrl;

    public TimeSpan Delay { get; }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            await Task.Delay(Delay);
            var request = context.Request;
            var query = HttpUtility.ParseQueryString(request.Url!.Query);
            var limit = int.Parse(query["limit"] ?? "40", CultureInfo.InvariantCulture);
            var after = int.Parse(query["min_id"] ?? "0", CultureInfo.InvariantCulture);
            var page = _statuses.Skip(after).Take(limit).ToList();

            // Mastodon lists newest first; the paging link asks for what came after the newest one here.
            page.Reverse();
            var response = context.Response;
            if (page.Count > 0)
            {
                var path = request.Url.GetLeftPart(UriPartial.Path);
                response.Headers.Add("Link", $"<{path}?limit={limit}&min_id={after + page.Count}>; rel=\"prev\"");
            }

            var body = Encoding.UTF8.GetBytes("[" + string.Join(",", page) + "]");
            response.ContentType = "application/json";
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The worker was killed while we answered.
        }
    }

    public void Dispose() => _listener.Dispose();
}
