namespace ThreeAssets.Web.Common;

/// <summary>Parses enum inputs by exact member name (any case): no flag combinations, no numbers.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var name = Array.Find(Enum.GetNames<T>(), n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out value);
    }

    public static bool TryParse(Type type, string? text, out object? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var name = Array.Find(Enum.GetNames(type), n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null) return false;
        value = Enum.Parse(type, name);
        return true;
    }
}
