using Microsoft.AspNetCore.Identity;

namespace ThreeAssets.Data;

/// <summary>Identity's messages reach admins on the user pages and the CLI: say them in Chinese, with English after.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"密码至少需要 {length} 个字符 (password must have at least {length} characters)." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "密码必须包含数字 (password must contain a digit)." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "密码必须包含小写字母 (password must contain a lower-case letter)." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"用户名 {userName} 已存在 (user name already taken)." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "用户名只能包含字母、数字和 - . _ @ (user name may only contain letters, digits and - . _ @)." };
}
