using System.Text;
using FactBot.Core.Messages;

namespace FactBot.Worker.Delivery;

/// <summary>
/// Renders a message as plain text for a terminal. User text may carry control characters (an ANSI escape can
/// rewrite a terminal), so every string is cleaned before it is written.
/// </summary>
internal static class PlainTextRenderer
{
    public static string Render(ChatMessage message)
    {
        var text = new StringBuilder();
        text.Append("== ").Append(Clean(message.Title)).AppendLine(" ==");
        if (message.Summary.Length > 0)
            text.AppendLine(Clean(message.Summary));
        foreach (var field in message.Fields)
        {
            var value = Clean(field.Value);
            if (value.Contains('\n', StringComparison.Ordinal))
                text.Append("  ").Append(Clean(field.Name)).AppendLine(":").AppendLine("    " + value.Replace("\n", "\n    ", StringComparison.Ordinal));
            else
                text.Append("  ").Append(Clean(field.Name)).Append(": ").AppendLine(value);
        }

        foreach (var link in message.Links)
            text.Append("  -> ").AppendLine(Clean(link));
        if (message.ChartPng is { Length: > 0 } chart)
            text.Append("  [chart: ").Append(chart.Length).AppendLine(" bytes PNG]");
        if (message.Footer.Length > 0)
            text.AppendLine(Clean(message.Footer));
        if (message.Buttons.Count > 0)
            text.Append("  verdict: ").AppendLine(string.Join(" | ", message.Buttons.Select(b => Clean(b.Label))));
        return text.ToString();
    }

    public static string RenderUpdate(ChatMessage message) => "~~ " + Clean(message.Title) + Environment.NewLine;

    /// <summary>Drops control characters except newline and tab.</summary>
    public static string Clean(string value)
    {
        if (!value.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
            return value;
        return new string([.. value.Where(c => !char.IsControl(c) || c is '\n' or '\t')]);
    }
}
