using System.Collections;
using System.Reflection;

namespace GreenButton.Tests.CustomerData;

/// <summary>Walks the customer model by reflection: the fields a file gave (init properties), never the navigation.</summary>
internal static class CustomerModel
{
    public const string FullFixture = "customer-full.xml";

    /// <summary>Every field of <paramref name="value"/> and of the structures under it, with its path.</summary>
    public static IEnumerable<(string Path, object? Value)> Fields(object value, string path)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Fields are init-only (public setter); navigation has an internal setter or none.
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var child = property.GetValue(value);
            var childPath = $"{path}.{property.Name}";
            yield return (childPath, child);
            if (child is string or null)
            {
                continue;
            }
            if (child is IEnumerable list)
            {
                var i = 0;
                foreach (var item in list)
                {
                    yield return ($"{childPath}[{i}]", item);
                    if (IsStructure(item))
                    {
                        foreach (var field in Fields(item!, $"{childPath}[{i}]"))
                        {
                            yield return field;
                        }
                    }
                    i++;
                }
            }
            else if (IsStructure(child))
            {
                foreach (var field in Fields(child, childPath))
                {
                    yield return field;
                }
            }
        }
    }

    /// <summary>Every object of the model under the document's customer resources (resources and structures).</summary>
    public static IEnumerable<object> Objects(GreenButtonDocument doc)
    {
        foreach (var resource in doc.CustomerResources)
        {
            yield return resource;
            foreach (var (_, value) in Fields(resource, resource.ResourceName))
            {
                if (IsStructure(value))
                {
                    yield return value!;
                }
            }
        }
    }

    /// <summary>The string values the document's customer resources hold.</summary>
    public static HashSet<string> Strings(GreenButtonDocument doc)
        => doc.CustomerResources.SelectMany(r => Fields(r, r.ResourceName)).Select(f => f.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static bool IsStructure(object? value)
        => value is not null && value.GetType().Namespace == "GreenButton" && !value.GetType().IsEnum && !value.GetType().IsPrimitive;
}
