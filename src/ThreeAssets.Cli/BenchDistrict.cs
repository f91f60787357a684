using ThreeAssets.Data;

namespace ThreeAssets.Cli;

/// <summary>A generated village: its database id, code, and the organisation that approves its ledgers.</summary>
internal sealed record BenchVillage(int Index, int Id, string Code, string TownshipCode, string Organisation);

/// <summary>The fictional district of the load data: townships and villages with plausible names and pinyin initials.</summary>
internal static class BenchDistrict
{
    private static readonly (string Name, char Initial)[] First =
    [
        ("桃", 't'), ("石", 's'), ("青", 'q'), ("柳", 'l'), ("杨", 'y'), ("新", 'x'), ("东", 'd'), ("西", 'x'), ("南", 'n'),
        ("北", 'b'), ("松", 's'), ("竹", 'z'), ("梅", 'm'), ("兰", 'l'), ("金", 'j'), ("红", 'h'), ("白", 'b'), ("黄", 'h'),
    ];

    private static readonly (string Name, char Initial)[] Second =
    [
        ("园", 'y'), ("桥", 'q'), ("湾", 'w'), ("塘", 't'), ("岭", 'l'), ("坪", 'p'), ("庄", 'z'), ("溪", 'x'), ("林", 'l'), ("坡", 'p'),
    ];

    private static readonly string[] Townships = ["清河镇", "白沙镇", "龙泉镇", "长乐乡", "安平镇", "永兴乡", "福田镇", "双溪乡", "明月镇", "太和乡"];

    public static async Task<IReadOnlyList<BenchVillage>> CreateAsync(PortalDbContext db, string code, int townships, int villages)
    {
        var district = new District { Code = code, Name = "云川区（压测数据）" };
        for (var t = 0; t < townships; t++)
        {
            var name = Townships[t % Townships.Length] + (t >= Townships.Length ? (t / Townships.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            district.Townships.Add(new Township { Code = $"{code}-{t + 1:00}", Name = name, ReviewOrganisation = name + "农村经济管理服务中心" });
        }
        for (var v = 0; v < villages; v++)
        {
            var township = district.Townships[v % townships];
            var (a, b) = (First[v / Second.Length % First.Length], Second[v % Second.Length]);
            var suffix = v >= First.Length * Second.Length ? (v / (First.Length * Second.Length) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            township.Villages.Add(new Village
            {
                Code = $"{township.Code}-{township.Villages.Count + 1:00}", Name = $"{a.Name}{b.Name}{suffix}村",
                PinyinInitials = $"{a.Initial}{b.Initial}c", FundsFrequency = FundsFrequency.Monthly,
            });
        }
        db.Districts.Add(district);
        await db.SaveChangesAsync();
        return district.Townships.SelectMany(t => t.Villages.Select(v => (t, v))).OrderBy(x => x.v.Code, StringComparer.Ordinal)
            .Select((x, i) => new BenchVillage(i, x.v.Id, x.v.Code, x.t.Code, x.t.ReviewOrganisation ?? x.t.Name)).ToList();
    }
}
