using FactBot.Worker.Cli;
using FactBot.Worker.Hosting;
using FactBot.Worker.Tests.Crash;
using Microsoft.Extensions.Configuration;

namespace FactBot.Worker.Tests.Hosting;

/// <summary>Bad settings end in one clear paragraph each and exit code 78, never a stack trace.</summary>
public sealed class ConfigurationCheckTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Inspect_TheShippedConfiguration_HasNoErrorsAndNoUnknownKeys()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(WorkerHost.RepoRoot(), "config", "appsettings.json")).Build();

        var (errors, warnings) = ConfigurationCheck.Inspect(shipped);

        Assert.Empty(errors);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Inspect_ValuesThatDoNotConvert_AreAllNamedWithTheirSettingAndVariable()
    {
        var (errors, _) = ConfigurationCheck.Inspect(Settings(
            ("Worker:BinCloseInterval", "abc"), ("Detection:Surge:Floor", "ten"), ("Core:Delivery:NotifyAtSeverity", "Loud")));

        Assert.Equal(3, errors.Count);
        var interval = Assert.Single(errors, e => e.Contains("Worker:BinCloseInterval", StringComparison.Ordinal));
        Assert.Contains("'abc' is not a duration", interval, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Worker__BinCloseInterval", interval, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Contains("'ten' is not a whole number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("one of Low, Medium, High, Critical", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_UnknownKeys_AreWarnedWithTheNearestValidName()
    {
        var (errors, warnings) = ConfigurationCheck.Inspect(Settings(
            ("Detection:Surge:Ratio", "2"), ("Worker:HeartbeatFiel", "x"), ("Detection:Surje:Floor", "3")));

        Assert.Empty(errors);
        Assert.Contains("Did you mean Detection:Surge:MinRatio?", warnings[0], StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Contains("Did you mean Worker:HeartbeatFile?", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Detection:Surje is not a FactBot setting", StringComparison.Ordinal) && w.Contains("Detection:Surge?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithOutOfRangeSettings_PrintsEveryOneAsAParagraphAndExits78()
    {
        using var child = ChildProcess.Start(new Dictionary<string, string>
        {
            ["FACTBOT__Detection__Surge__MinRatio"] = "-1",
            ["FACTBOT__Core__Delivery__MaxAge"] = "00:00:01",
            ["FACTBOT__Worker__UnhealthyAfter"] = "-00:01:00",
        });

        var code = await child.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ExitCodes.Config, code);
        Assert.Contains("FactBot cannot start: 3 settings are wrong.", child.Errors, StringComparison.Ordinal);
        Assert.Contains("Setting Detection:Surge:MinRatio = '-1'", child.Errors, StringComparison.Ordinal);
        Assert.Contains("Setting Core:Delivery:MaxAge = '00:00:01': the field MaxAge must be between", child.Errors, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Worker__UnhealthyAfter", child.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", child.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", child.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithStoragePathAtAFileThatIsNoDatabase_Exits78AndLeavesItByteForByte()
    {
        var folder = Directory.CreateTempSubdirectory("factbot-notadb-").FullName;
        try
        {
            var file = Path.Combine(folder, "README.md");
            File.Copy(Path.Combine(WorkerHost.RepoRoot(), "README.md"), file);
            var before = await File.ReadAllBytesAsync(file);
            using var child = ChildProcess.Start(new Dictionary<string, string> { ["FACTBOT__Storage__Path"] = file }, "import", WorkerHost.DemoDataset);

            var code = await child.WaitAsync(TimeSpan.FromMinutes(1));

            Assert.Equal(ExitCodes.Config, code);
            Assert.Contains($"Storage:Path '{file}' is not a FactBot database", child.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", child.Errors, StringComparison.Ordinal);
            Assert.Equal(before, await File.ReadAllBytesAsync(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
