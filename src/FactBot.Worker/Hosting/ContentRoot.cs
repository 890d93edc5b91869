namespace FactBot.Worker.Hosting;

/// <summary>The folder relative configured paths are resolved against.</summary>
internal sealed record ContentRoot(string Path)
{
    public string Resolve(string path) => ConfigLocator.Resolve(Path, path);
}
