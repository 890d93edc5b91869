using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBot.Storage.Tests.Mapping;

/// <summary>Compares records by every public property, nested lists and dictionaries included.</summary>
internal static class RecordAssert
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Record equality compares lists by reference, so compare the serialised form instead.</summary>
    public static void Equivalent<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(actual, Json));

    /// <summary>
    /// Fails when a property (recursively, in Core types) is null or empty: a sample that leaves a field at its
    /// default cannot show that the field round-trips, and a field added to Core later fails here first.
    /// </summary>
    public static void FullyPopulated(object record, string path = "")
    {
        var type = record.GetType();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
                continue;

            var name = $"{(path.Length == 0 ? type.Name : path)}.{property.Name}";
            var value = property.GetValue(record);
            Assert.False(value is null, $"{name} is null in the full sample.");
            Assert.False(value is string { Length: 0 }, $"{name} is empty in the full sample.");
            if (value is IEnumerable items and not string)
            {
                var list = items.Cast<object>().ToList();
                Assert.False(list.Count == 0, $"{name} is empty in the full sample.");
                foreach (var item in list.Where(IsCoreType))
                    FullyPopulated(item, name + "[]");
            }
            else if (IsCoreType(value!) && !value!.GetType().IsEnum)
            {
                FullyPopulated(value, name);
            }
        }
    }

    private static bool IsCoreType(object value) =>
        value.GetType().Namespace?.StartsWith("FactBot.Core", StringComparison.Ordinal) == true;
}
