using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ThreeAssets.Data;
using ThreeAssets.Web.Features.Audit;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Hosting;

namespace ThreeAssets.Web.Features.Account;

/// <summary>Staff sign-in and sign-out. There is deliberately no registration: admins create accounts.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, SignInGuard guard,
    AuditLog audit, ILogger<AccountController> logger) : Controller
{
    public const string WrongNameOrPassword = "用户名或密码错误 (wrong user name or password)";

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(SignInSetup.Policy)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        // Unknown user, wrong password, locked or paused account: one message and one password-hash's worth of
        // time, so that neither the text nor the timing tells which user names exist. Only the audit log and the
        // administrator's users page say why.
        var name = form.UserName.Trim();
        var address = SignInLimits.PartitionOf(HttpContext.Connection.RemoteIpAddress);
        var user = await users.FindByNameAsync(name);
        var refusedBeforePassword = guard.IsPaused(name, address) ? "paused"
            : user is null ? "unknown-user"
            : await users.IsLockedOutAsync(user) ? "locked-out"
            : null;
        if (refusedBeforePassword is not null)
        {
            guard.SpendAsMuchAsAPasswordCheck(hasher, form.Password);
            if (refusedBeforePassword == "unknown-user") guard.RecordFailure(name, address);
            return await FailAsync(form, user, refusedBeforePassword, locked: refusedBeforePassword != "unknown-user");
        }

        // Identity's own per-account lockout stays off: see SignInGuard for why and what replaces it.
        var result = await signIn.PasswordSignInAsync(user!, form.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            guard.Succeeded(name, address);
            logger.SignedIn(user!.Id);
            await audit.WriteAsync(AuditActions.Login, "User", user.Id.ToString(CultureInfo.InvariantCulture), actor: user);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }
        var pausedNow = guard.RecordFailure(name, address);
        return await FailAsync(form, user, result.IsNotAllowed ? "not-allowed" : "bad-password", locked: pausedNow);
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

    private async Task<ViewResult> FailAsync(LoginForm form, PortalUser? user, string reason, bool locked)
    {
        logger.SignInFailed(reason, user?.Id);
        // The typed name of an unknown user is not stored: it may be a mistyped password.
        if (user is null)
            await audit.WriteAsync(locked ? AuditActions.LockedOut : AuditActions.LoginFailed, details: new { reason });
        else
            await audit.WriteAsync(locked ? AuditActions.LockedOut : AuditActions.LoginFailed,
                "User", user.Id.ToString(CultureInfo.InvariantCulture), new { reason }, actor: user);
        ModelState.AddModelError(nameof(LoginForm.Password), WrongNameOrPassword);
        form.Password = "";
        return View(form);
    }
}
