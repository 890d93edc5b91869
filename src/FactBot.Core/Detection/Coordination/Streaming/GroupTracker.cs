using System.Security.Cryptography;
using System.Text;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// Gives groups identities that survive recomputation: a component inherits the id most of its members had last
/// time (so one alert follows a growing group), and a new component is named after its founder (who posted first in its
/// earliest co-share; its smallest member if unknown), so replays, and the same posts arriving in another order, give
/// the same ids. Also remembers what was last announced, so an unchanged group is not re-announced every
/// minute; it is again when it gains members or co-shares.
/// </summary>
internal sealed class GroupTracker
{
    private Dictionary<string, string> _groupOfAccount = new(StringComparer.Ordinal);
    private Dictionary<string, (HashSet<string> Members, int CoShares)> _announced = new(StringComparer.Ordinal);

    public IReadOnlyList<TrackedGroup> Track(IReadOnlyList<CoordinatedComponent> components)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var groupOfAccount = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<TrackedGroup>(components.Count);

        // Largest first: when a group splits, the bigger part keeps the id.
        foreach (var component in components)
        {
            var id = component.Members
                .Select(member => _groupOfAccount.GetValueOrDefault(member))
                .OfType<string>()
                .Where(previous => !taken.Contains(previous))
                .GroupBy(previous => previous, StringComparer.Ordinal)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => group.Key)
                .FirstOrDefault() ?? NewId(component.Founder ?? component.Members[0], taken);
            taken.Add(id);
            foreach (var member in component.Members)
                groupOfAccount[member] = id;

            result.Add(new TrackedGroup(id, component, HasGrown(id, component)));
        }

        _groupOfAccount = groupOfAccount;

        // Groups that dissolved are forgotten: if they form again, that is news again.
        _announced = _announced
            .Where(entry => taken.Contains(entry.Key))
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        return result;
    }

    public void MarkAnnounced(TrackedGroup group) =>
        _announced[group.Id] = ([.. group.Component.Members], group.Component.CoShareCount);

    private bool HasGrown(string id, CoordinatedComponent component) =>
        !_announced.TryGetValue(id, out var last)
        || component.CoShareCount > last.CoShares
        || component.Members.Any(member => !last.Members.Contains(member));

    private static string NewId(string founder, HashSet<string> taken)
    {
        // SHA-256 rather than FNV: similar member names ("net_acct01", "net_acct02") must not give look-alike ids.
        var id = "G-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(founder)))[..10];
        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }
}
