using FactBot.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Health;

/// <summary>
/// Touches a file on every bin close. A worker has no HTTP port to probe, so the container's health check asks
/// how old this file is (the approach MODiX uses for its bot).
/// </summary>
internal sealed class Heartbeat(IOptions<WorkerOptions> options, ContentRoot root, TimeProvider time)
{
    private readonly string _path = root.Resolve(options.Value.HeartbeatFile);

    public void Beat()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.WriteAllText(_path, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }
}
