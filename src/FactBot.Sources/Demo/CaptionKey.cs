using System.Text;

namespace FactBot.Sources.Demo;

/// <summary>
/// A blunt caption normalisation (lower-case letters, digits and '#', single spaces) used to keep organic captions
/// from accidentally looking coordinated. Deliberately stricter than any detector's, so what it keeps apart, they do.
/// </summary>
internal static class CaptionKey
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '#')
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
