using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using FactBot.Core.Watchlists;
using FactBot.Storage;
using FactBot.Storage.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Hosting;

/// <summary>
/// Checks the configuration before anything uses it, so a bad value is one clear paragraph, not a stack trace: every
/// value that does not convert to its setting's type and every failed validation, all at once, each naming the full
/// setting, the value, what is allowed and where to set it. Keys in FactBot's sections that bind to nothing are
/// warned about with the nearest valid name.
/// </summary>
internal static partial class ConfigurationCheck
{
    /// <summary>Before the host is built: prints warnings, and the errors with exit code 78 (null when there are none).</summary>
    public static int? BeforeBuild(IConfiguration configuration, TextWriter error)
    {
        var (errors, warnings) = Inspect(configuration);
        foreach (var warning in warnings)
            error.WriteLine("warning: " + warning);
        return Report(errors, error);
    }

    /// <summary>After it is built: runs every options validator at once (what start-up would run, one by one).</summary>
    public static int? AfterBuild(IServiceProvider services, IConfiguration configuration, TextWriter error)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
        {
            return Report(Describe(ex, configuration), error);
        }

        // Before anything opens the store: a path that is no FactBot database is refused, and left as it was.
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return Report(StorageFileCheck.Problem(storage.Path) is { } problem ? [problem] : [], error);
    }

    private static int? Report(List<string> errors, TextWriter error)
    {
        if (errors.Count == 0)
            return null;
        error.WriteLine(errors.Count == 1 ? "FactBot cannot start: a setting is wrong." : $"FactBot cannot start: {errors.Count} settings are wrong.");
        foreach (var paragraph in errors)
            error.WriteLine("- " + paragraph);
        return Cli.ExitCodes.Config;
    }

    /// <summary>Values that do not convert (e.g. <c>BinCloseInterval=abc</c>) and keys that match no setting.</summary>
    public static (List<string> Errors, List<string> Warnings) Inspect(IConfiguration configuration)
    {
        var (errors, warnings) = (new List<string>(), new List<string>());
        var roots = ConfigurationRoots.All.ToDictionary(r => r.Section, r => r.Options, StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in ConfigurationRoots.All)
            Walk(configuration.GetSection(section), type, roots, errors, warnings);

        // Sections that only group others ("Detection"): their children must be sections we know.
        foreach (var group in roots.Keys.Where(k => k.Contains(':', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(':', StringComparison.Ordinal)]).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (roots.ContainsKey(group))
                continue;
            foreach (var child in configuration.GetSection(group).GetChildren().Where(c => !roots.ContainsKey(c.Path)))
            {
                var known = roots.Keys.Where(k => k.StartsWith(group + ":", StringComparison.OrdinalIgnoreCase)).Select(k => k[(group.Length + 1)..]);
                warnings.Add(Unknown(child, known));
            }
        }

        return (errors, warnings);
    }

    /// <summary>The failures of the options validators, as paragraphs (the values already converted).</summary>
    public static List<string> Describe(Exception validation, IConfiguration configuration)
    {
        var failures = validation is AggregateException aggregate ? aggregate.InnerExceptions : [validation];
        var paragraphs = new List<string>();
        foreach (var failure in failures)
        {
            if (failure is not OptionsValidationException options)
                continue;
            var section = ConfigurationRoots.All.FirstOrDefault(r => r.Options == options.OptionsType).Section;
            foreach (var message in options.Failures)
                paragraphs.Add(Paragraph(section, message, configuration));
        }

        return paragraphs;
    }

    /// <summary>"Set it in config/appsettings.json under …, or with FACTBOT__…".</summary>
    public static string HowToSet(string path) =>
        $"Set it in config/appsettings.json (\"{path.Replace(":", "\" → \"", StringComparison.Ordinal)}\") or with the environment variable FACTBOT__{path.Replace(":", "__", StringComparison.Ordinal)}.";

    private static void Walk(IConfigurationSection section, Type type, Dictionary<string, Type> roots, List<string> errors, List<string> warnings)
    {
        var properties = type.GetProperties().Where(p => p.CanWrite || !IsScalar(p.PropertyType)).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (roots.ContainsKey(child.Path))
                continue; // a section of its own (Worker:Digests)
            if (!properties.TryGetValue(child.Key, out var property))
            {
                warnings.Add(Unknown(child, properties.Keys));
                continue;
            }

            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(target))
            {
                if (child.Value is { } value && !Converts(value, target))
                    errors.Add($"Setting {child.Path} = '{TargetText.Shown(value)}' is not {Expected(target)}. {HowToSet(child.Path)}");
            }
            else if (!typeof(IEnumerable).IsAssignableFrom(target))
            {
                Walk(child, target, roots, errors, warnings);
            }
        }
    }

    private static string Paragraph(string? section, string message, IConfiguration configuration)
    {
        if (section is null)
            return message;

        // DataAnnotations say: "DataAnnotation validation failed for 'X' members: 'Member' with the error: 'Why'."
        if (AnnotationFailure().Match(message) is { Success: true } annotation)
            return Invalid($"{section}:{annotation.Groups["member"].Value}", annotation.Groups["why"].Value, configuration);

        // The compile-time validators say: "Member: The field CoreOptions.Delivery.MaxAge must be between …".
        if (GeneratedFailure().Match(message) is { Success: true } generated)
        {
            var path = $"{section}:{generated.Groups["path"].Value.Replace('.', ':')}";
            return Invalid(path, $"the field {path[(path.LastIndexOf(':') + 1)..]} {generated.Groups["why"].Value}", configuration);
        }

        return $"{message} ({section} settings.)";
    }

    private static string Invalid(string path, string why, IConfiguration configuration)
    {
        var shown = configuration[path] is { } value ? $"'{TargetText.Shown(value)}'" : "(not set)";
        return $"Setting {path} = {shown}: {why.TrimEnd('.')}. {HowToSet(path)}";
    }

    private static string Unknown(IConfigurationSection child, IEnumerable<string> known)
    {
        var nearest = NearestName.Among(known, child.Key);
        var parent = child.Path[..^child.Key.Length].TrimEnd(':');
        return nearest is null
            ? $"Setting {child.Path} is not a FactBot setting; it is ignored."
            : $"Setting {child.Path} is not a FactBot setting; it is ignored. Did you mean {parent}:{nearest}?";
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTimeOffset) || type == typeof(Uri) || (Nullable.GetUnderlyingType(type) is { } inner && IsScalar(inner));

    private static bool Converts(string value, Type type)
    {
        if (type == typeof(string))
            return true;
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value) is not null || value.Length == 0;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException || ex.InnerException is FormatException)
        {
            return false;
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => "a duration (hh:mm:ss, or d.hh:mm:ss, e.g. 00:05:00 for five minutes)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number (with a dot for decimals, e.g. 0.05)",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ when type == typeof(Uri) => "an absolute URL",
        _ => "a valid " + type.Name,
    };

    [GeneratedRegex(@"The field \w+Options\.(?<path>[\w.]+) (?<why>.*)$", RegexOptions.Singleline)]
    private static partial Regex GeneratedFailure();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<why>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex AnnotationFailure();
}
