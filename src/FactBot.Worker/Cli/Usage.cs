namespace FactBot.Worker.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: factbot [verb] [options]

          run                                   run the worker (default). With no platform token set, runs the demo.
          demo [--speed N|max]                  replay the bundled demo dataset and print its alerts and a digest
          import <file>                         store posts from a file (FactBot JSONL, .jsonl.gz, TikTok Research API pages)
          replay <file> [--speed N|max] [--alerts-out FILE]
                                                store and detect on a virtual clock; alerts to the console and FILE (JSON lines)
          labels import <file> [--version V]    load account labels (FactBot label CSV or the state-media matrix CSV)
          coordination --input FILE [--time-window S] [--min-participation N] [--edge-weight Q] --out DIR
                                                CooRTweet-compatible coordination analysis of a co-share CSV
          console [--as-user]                   a local chat on stdin/stdout: /commands, replay FILE, import FILE, quit
          demo generate --out DIR [--seed N]    regenerate the demo dataset
          help                                  this text

        Exit codes: 0 done; 1 failed, nothing done; 2 bad command line; 3 records skipped (reported), the rest stored;
                    4 the file stops early (truncated) or could not be read to its end, what was read is stored.

        Configuration: config/appsettings.json, then FACTBOT__<Section>__<Key> environment variables.
        """;

    public static int Fail(string message, TextWriter error)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine();
        error.WriteLine(Text);
        return ExitCodes.Usage;
    }
}
