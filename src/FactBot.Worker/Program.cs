using FactBot.Core;
using FactBot.Discord;
using FactBot.Sources;
using FactBot.Storage;
using FactBot.Telegram;
using FactBot.Worker;
using FactBot.Worker.Cli;
using FactBot.Worker.Hosting;

var parsed = CliParser.Parse(args);
if (!parsed.IsSuccess)
    return Usage.Fail(parsed.Error.Message, Console.Error);
if (parsed.Value.RunsWithoutHost)
    return await StandaloneVerbs.RunAsync(parsed.Value, Console.Out, Console.Error);

var builder = FactBotHost.CreateBuilder(parsed.Value);
if (ConfigurationCheck.BeforeBuild(builder.Configuration, Console.Error) is { } badSettings)
    return badSettings;
builder.Services
    .AddFactBotCore(builder.Configuration)
    .AddFactBotStorage(builder.Configuration)
    .AddFactBotSources(builder.Configuration)
    .AddFactBotTelegram(builder.Configuration)
    .AddFactBotDiscord(builder.Configuration)
    .AddFactBotWorker(builder.Configuration);

using var host = builder.Build();
if (ConfigurationCheck.AfterBuild(host.Services, builder.Configuration, Console.Error) is { } invalidSettings)
    return invalidSettings;
return await CliRunner.RunGuardedAsync(host, parsed.Value, Console.Error);
