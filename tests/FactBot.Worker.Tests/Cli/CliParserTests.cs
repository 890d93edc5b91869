using FactBot.Core.Results;
using FactBot.Worker.Cli;

namespace FactBot.Worker.Tests.Cli;

public sealed class CliParserTests
{
    [Fact]
    public void Parse_NoArguments_IsRun()
    {
        var result = CliParser.Parse([]);

        Assert.True(result.IsSuccess);
        Assert.Equal(CliVerb.Run, result.Value.Verb);
    }

    [Fact]
    public void Parse_ReplayWithOptions_ReadsSpeedAndAlertsOutAsAbsolutePaths()
    {
        var result = CliParser.Parse(["replay", "data.jsonl", "--speed", "60", "--alerts-out", "a.jsonl"]);

        Assert.True(result.IsSuccess);
        Assert.Equal(CliVerb.Replay, result.Value.Verb);
        Assert.Equal(60, result.Value.Speed);
        Assert.True(Path.IsPathRooted(result.Value.File));
        Assert.EndsWith("a.jsonl", result.Value.AlertsOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SpeedMax_MeansAsFastAsPossible()
    {
        var result = CliParser.Parse(["replay", "x.jsonl", "--speed", "max"]);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, result.Value.Speed);
    }

    [Theory]
    [InlineData("replay", "x.jsonl", "--speed", "fast")]
    [InlineData("replay", "x.jsonl", "--speed", "-2")]
    [InlineData("replay", "x.jsonl", "--colour", "red")]
    [InlineData("import", "x.jsonl", "--speed")]
    public void Parse_BadOption_NamesTheOption(params string[] args)
    {
        var result = CliParser.Parse(args);

        Assert.False(result.IsSuccess);
        var error = Assert.IsType<InvalidArgument>(result.Error);
        Assert.StartsWith("--", error.Argument, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ImportWithoutFile_SaysAFileIsRequired()
    {
        var result = CliParser.Parse(["import"]);

        Assert.False(result.IsSuccess);
        Assert.Contains("file", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LabelsImport_TakesFileAndVersion()
    {
        var result = CliParser.Parse(["labels", "import", "m.csv", "--version", "d878fee"]);

        Assert.True(result.IsSuccess);
        Assert.Equal(CliVerb.LabelsImport, result.Value.Verb);
        Assert.Equal("d878fee", result.Value.Version);
    }

    [Fact]
    public void Parse_UnknownVerb_IsRefused()
    {
        var result = CliParser.Parse(["frobnicate"]);

        Assert.False(result.IsSuccess);
        Assert.Contains("frobnicate", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Coordination_KeepsItsOwnArguments()
    {
        var result = CliParser.Parse(["coordination", "--input", "x.csv", "--out", "o"]);

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.RunsWithoutHost);
        Assert.Equal(["--input", "x.csv", "--out", "o"], result.Value.Args);
    }
}
