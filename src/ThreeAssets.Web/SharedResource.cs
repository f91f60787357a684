namespace ThreeAssets.Web;

/// <summary>
/// Marker for the portal's one resource set. Keys are the Simplified Chinese text itself, so views read
/// naturally (<c>@L["登录"]</c>) and zh-CN needs no resource file; Resources/SharedResource.en.resx
/// holds the English.
/// </summary>
public sealed class SharedResource;
