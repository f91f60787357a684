namespace ThreeAssets.Core.Ledgers;

/// <summary>
/// All of China keeps Beijing time (UTC+8, no daylight saving). Due dates, publication dates and every
/// date shown to residents and staff are Beijing dates, whatever time zone the server runs in: a
/// container on UTC must not call a ledger published at 07:00 on the 15th late.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant on a Beijing clock.</summary>
    public static DateTimeOffset InChina(this DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The Beijing date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(this TimeProvider time) => DateOf(time.GetUtcNow());
}
