namespace ThreeAssets.Web.Common;

/// <summary><c>Demo:Enabled</c>; unset means on for the embedded SQLite database and off for SQL Server.</summary>
public sealed record DemoSettings(bool Enabled);
