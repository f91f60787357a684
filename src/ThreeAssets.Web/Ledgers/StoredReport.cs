using System.Text.Json;
using ThreeAssets.Core.Validation;

namespace ThreeAssets.Web.Ledgers;

/// <summary>The validation report as stored with a submission, so the report page never re-reads the file.</summary>
public static class StoredReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ValidationReport report) => JsonSerializer.Serialize(report.Findings, Json);

    public static ValidationReport Deserialize(string? json) =>
        new(json is null ? [] : JsonSerializer.Deserialize<List<Finding>>(json, Json) ?? []);
}
