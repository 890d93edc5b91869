using FactBot.Core.Labels;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>One labelled account's posts on one target in one bin: enough to name it and to order it in the wave.</summary>
internal sealed class LabelledActivity(
    string account, string handle, AccountLabel label, DateTimeOffset firstAt, string firstPostKey, string? firstUrl, int posts = 1)
{
    public string Account => account;

    public string Handle => handle;

    public AccountLabel Label => label;

    public DateTimeOffset FirstAt { get; private set; } = firstAt;

    public string FirstPostKey { get; private set; } = firstPostKey;

    public string? FirstUrl { get; private set; } = firstUrl;

    public int Posts { get; private set; } = posts;

    public void Add(DateTimeOffset at, string postKey, string? url)
    {
        Posts++;
        if (at >= FirstAt)
            return;

        FirstAt = at;
        FirstPostKey = postKey;
        FirstUrl = url;
    }
}
