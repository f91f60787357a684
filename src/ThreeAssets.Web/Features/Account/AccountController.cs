using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;

namespace ThreeAssets.Web.Features.Account;

/// <summary>Staff sign-in and sign-out. There is deliberately no registration: admins create accounts.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit, ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.FindByNameAsync(form.UserName.Trim());
        if (user is null)
        {
            // The typed name is not stored: it may be a mistyped password.
            logger.SignInFailed("unknown-user", null);
            await audit.WriteAsync(AuditActions.LoginFailed, details: new { reason = "unknown-user" });
            return Fail(form, "用户名或密码错误 (wrong user name or password)");
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.SignedIn(user.Id);
            await audit.WriteAsync(AuditActions.Login, "User", user.Id.ToString(CultureInfo.InvariantCulture), actor: user);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }
        var reason = result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "bad-password";
        logger.SignInFailed(reason, user.Id);
        await audit.WriteAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed,
            "User", user.Id.ToString(CultureInfo.InvariantCulture), new { reason }, actor: user);
        return Fail(form, result.IsLockedOut
            ? "登录失败次数过多，账户已锁定，请 15 分钟后再试或联系管理员 (too many failed attempts: the account is locked for 15 minutes)"
            : "用户名或密码错误 (wrong user name or password)");
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await audit.WriteAsync(AuditActions.Logout, "User", User.FindFirst(ClaimTypes.NameIdentifier)?.Value);
        // A new security stamp makes every cookie issued so far invalid on the server (checked on each request,
        // see PortalIdentitySetup), so a copied cookie stops working too, not just this browser's.
        if (await users.GetUserAsync(User) is { } user)
            await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult Fail(LoginForm form, string message)
    {
        ModelState.AddModelError(nameof(LoginForm.Password), message);
        form.Password = "";
        return View(form);
    }
}
