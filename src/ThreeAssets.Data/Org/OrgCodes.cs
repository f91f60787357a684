namespace ThreeAssets.Data;

/// <summary>
/// Org codes are hierarchical (3301 → 3301-01 → 3301-01-01), so "is this village inside that scope"
/// is a prefix test that works in memory and in SQL alike.
/// </summary>
public static class OrgCodes
{
    /// <summary>True when <paramref name="code"/> is <paramref name="scope"/> or lies below it.</summary>
    public static bool IsWithin(string code, string scope) =>
        code.Equals(scope, StringComparison.Ordinal)
        || code.StartsWith(scope + "-", StringComparison.Ordinal);

    /// <summary>A child's code must be its parent's code followed by "-" and digits.</summary>
    public static bool IsChildCode(string parent, string child) =>
        child.Length > parent.Length + 1
        && child.StartsWith(parent + "-", StringComparison.Ordinal)
        && child[(parent.Length + 1)..].All(char.IsAsciiDigit);

    /// <summary>Digits in parts joined by "-" (3301, 3301-01-01), at most 32 characters: safe inside a LIKE pattern.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length <= 32 && code.Split('-').All(part => part.Length > 0 && part.All(char.IsAsciiDigit));

    /// <summary>A district code: four digits.</summary>
    public static bool IsDistrictCode(string code) => code.Length == 4 && code.All(char.IsAsciiDigit);
}
