using System.Text.Json;

namespace ThreeAssets.Data.Seed;

/// <summary>The shape of seed-data/demo-district.json: the demo district, its villages and demo users (web seeding and the CLI).</summary>
public sealed record DemoDistrict(DemoOrg District, IReadOnlyList<DemoTownship> Townships, IReadOnlyList<DemoUser> Users)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static DemoDistrict Load(string path) =>
        JsonSerializer.Deserialize<DemoDistrict>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} is empty.");
}

public sealed record DemoOrg(string Code, string Name);

public sealed record DemoTownship(string Code, string Name, string? ReviewOrganisation, IReadOnlyList<DemoVillage> Villages);

/// <param name="DisclosureStart">The first day of the first month the village discloses on the portal (see <see cref="Village.DisclosureStart"/>).</param>
public sealed record DemoVillage(string Code, string Name, string? Pinyin, FundsFrequency FundsFrequency, DateOnly? DisclosureStart = null);

public sealed record DemoUser(string UserName, string DisplayName, PortalRole Role, string Password, IReadOnlyList<string> Scopes);
