using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Security;

namespace ThreeAssets.Web.Features.Admin.Users;

/// <summary>Admin: staff accounts (list, create with role and scope, lock/unlock, reset password).</summary>
[Authorize(Policy = PortalPolicies.Admin)]
[Route("admin/users")]
public sealed class UsersController(UserAdministration admin) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await admin.ListAsync());

    [HttpGet("create")]
    public IActionResult Create() => View(new CreateUserForm());

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserForm form)
    {
        var error = ModelState.IsValid ? await admin.CreateAsync(form) : null;
        if (error is not null) ModelState.AddModelError(nameof(CreateUserForm.Scopes), error);
        if (!ModelState.IsValid)
        {
            form.Password = "";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/lock")]
    public async Task<IActionResult> Lock(int id)
    {
        // An admin locking their own account could leave the portal with no one to unlock it.
        if (User.UserId() == id) return BadRequest();
        return await admin.SetLockedAsync(id, locked: true) ? RedirectToAction(nameof(Index)) : NotFound();
    }

    [HttpPost("{id:int}/unlock")]
    public async Task<IActionResult> Unlock(int id) =>
        await admin.SetLockedAsync(id, locked: false) ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpGet("{id:int}/scope")]
    public async Task<IActionResult> Scope(int id) =>
        await admin.FindAsync(id) is { } user
            ? View(new ChangeScopePage(user, new ChangeScopeForm { Scopes = string.Join(",", user.Scopes) }))
            : NotFound();

    [HttpPost("{id:int}/scope")]
    public async Task<IActionResult> Scope(int id, [Bind(Prefix = "Form")] ChangeScopeForm form)
    {
        if (await admin.FindAsync(id) is not { } user) return NotFound();
        var error = ModelState.IsValid ? await admin.ChangeScopeAsync(id, ScopeText.Split(form.Scopes)) : null;
        if (error is not null) ModelState.AddModelError("Form.Scopes", error);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ChangeScopePage(user, form));
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/reset-password")]
    public async Task<IActionResult> ResetPassword(int id) =>
        await admin.FindAsync(id) is { } user ? View(new ResetPasswordPage(user, new ResetPasswordForm())) : NotFound();

    [HttpPost("{id:int}/reset-password")]
    public async Task<IActionResult> ResetPassword(int id, [Bind(Prefix = "Form")] ResetPasswordForm form)
    {
        if (await admin.FindAsync(id) is not { } user) return NotFound();
        var error = ModelState.IsValid ? await admin.ResetPasswordAsync(id, form.NewPassword) : null;
        if (error is not null) ModelState.AddModelError("Form.NewPassword", error);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ResetPasswordPage(user, new ResetPasswordForm()));
        }
        return RedirectToAction(nameof(Index));
    }
}
