using System.Text.Json;
using ThreeAssets.Data;

namespace ThreeAssets.Web.Features.Demo;

/// <summary>The shape of seed-data/demo-district.json.</summary>
internal sealed record DemoDistrict(DemoOrg District, IReadOnlyList<DemoTownship> Townships, IReadOnlyList<DemoUser> Users)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static DemoDistrict Load(string path) =>
        JsonSerializer.Deserialize<DemoDistrict>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} is empty.");
}

internal sealed record DemoOrg(string Code, string Name);

internal sealed record DemoTownship(string Code, string Name, string? ReviewOrganisation, IReadOnlyList<DemoVillage> Villages);

internal sealed record DemoVillage(string Code, string Name, string? Pinyin, FundsFrequency FundsFrequency);

internal sealed record DemoUser(string UserName, string DisplayName, PortalRole Role, string Password, IReadOnlyList<string> Scopes);
