namespace FactBot.Core.Labels;

public static class LabelKey
{
    public static string Of(string platform, string handle) => string.Concat(platform, ":", handle);
}
