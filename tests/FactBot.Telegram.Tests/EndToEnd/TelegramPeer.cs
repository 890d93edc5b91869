using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The Telegram Bot API emulator (npm telegram-test-api, pinned) with our shim (tests/peers/telegram/shim.js), started
/// on a free loopback port for one test class and killed after it. Runs <c>npm ci</c> first when the peer's packages
/// are missing (CI runs it in .ci/run). User id 42 is a chat administrator (the shim's ADMINS).
/// </summary>
public sealed class TelegramPeer : IAsyncLifetime
{
    public const long AdminUserId = 42;
    public const string BotUsername = "TestNameBot";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private Process? _process;

    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        var folder = PeerFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "telegram-test-api")))
            await RunAsync("npm", "ci --no-audit --no-fund", folder);

        var start = new ProcessStartInfo("node", "shim.js")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORT"] = "0";
        start.Environment["ADMINS"] = AdminUserId.ToString(CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("the Telegram peer exited before listening");
        var port = int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
        BaseUrl = $"http://127.0.0.1:{port}";
        await WaitForGetMeAsync(timeout.Token);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        Http.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A user-side client for one bot token (each test uses its own token, so updates never cross).</summary>
    public PeerClient Client(string token) => new(Http, BaseUrl, token);

    private async Task WaitForGetMeAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var me = await Http.GetFromJsonAsync<JsonObject>($"{BaseUrl}/bot1:probe/getMe", ct);
                if (me?["ok"]?.GetValue<bool>() == true)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, ct);
        }
    }

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{file} could not be started");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed in {folder} ({process.ExitCode})");
    }

    private static string PeerFolder()
    {
        var built = typeof(TelegramPeer).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), false)
            .OfType<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "TelegramPeerFolder")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "shim.js")))
            return built;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "peers", "telegram");
            if (File.Exists(Path.Combine(candidate, "shim.js")))
                return candidate;
        }

        throw new InvalidOperationException("tests/peers/telegram/shim.js not found (looked at " + built + " and above " + AppContext.BaseDirectory + ")");
    }
}
