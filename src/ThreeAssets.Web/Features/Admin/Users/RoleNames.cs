using ThreeAssets.Data;

namespace ThreeAssets.Web.Features.Admin.Users;

/// <summary>Role names as people say them (localizer keys), instead of the enum's English identifiers.</summary>
public static class RoleNames
{
    public static string Of(PortalRole role) => role switch
    {
        PortalRole.Accountant => "村会计",
        PortalRole.Reviewer => "乡镇审核员",
        PortalRole.Inspector => "纪检监察",
        _ => "管理员",
    };
}
