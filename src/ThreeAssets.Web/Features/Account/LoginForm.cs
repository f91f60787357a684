using System.ComponentModel.DataAnnotations;

namespace ThreeAssets.Web.Features.Account;

/// <summary>The staff sign-in form. Messages are Chinese first: the users are village and township staff.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = "请输入用户名 (enter your user name)")]
    [StringLength(256)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入密码 (enter your password)")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
