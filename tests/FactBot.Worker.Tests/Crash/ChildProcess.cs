using System.Diagnostics;
using System.Text;

namespace FactBot.Worker.Tests.Crash;

/// <summary>FactBot as a child process (the built factbot.dll), its output and logs collected, killable at any moment.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private ChildProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Standard error so far: the worker's log lines.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
                return _errors.ToString();
        }
    }

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factbot.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["FACTBOT_HOME"] = WorkerHost.RepoRoot();
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var child = new ChildProcess(Process.Start(start)!);
        child._process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                lock (child._output)
                    child._output.AppendLine(text);
            }
        };
        child._process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                lock (child._errors)
                    child._errors.AppendLine(text);
            }
        };
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // lets the output readers finish
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code of ours runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
