using FactBot.Core.Messages;
using FactBot.Worker.Delivery;

namespace FactBot.Worker.Tests.Delivery;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void Render_UserTextWithTerminalEscapes_DropsControlCharacters()
    {
        var message = new ChatMessage
        {
            Title = "Surge on #x\u001b[2J",
            Summary = "caption \u001b]0;pwned\u0007 here",
            Fields = [new ChatField("Accounts", "a\u0000b")],
        };

        var text = PlainTextRenderer.Render(message);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u0000', text);
        Assert.Contains("Surge on #x[2J", text, StringComparison.Ordinal);
        Assert.Contains("Accounts: ab", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MultiLineField_IndentsItsLines()
    {
        var message = new ChatMessage { Title = "t", Fields = [new ChatField("Labelled", "one\ntwo", Inline: false)] };

        var text = PlainTextRenderer.Render(message);

        Assert.Contains("  Labelled:\n    one\n    two", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
