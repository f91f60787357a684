namespace ThreeAssets.Web.Common;

/// <summary>
/// <c>Demo:Enabled</c>; unset means on only in Development on the embedded SQLite database. In Production an
/// explicitly enabled demo gets random passwords (<see cref="RandomPasswords"/>), never the README's.
/// </summary>
public sealed record DemoSettings(bool Enabled, bool RandomPasswords = false);
