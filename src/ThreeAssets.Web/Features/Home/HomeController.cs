using Microsoft.AspNetCore.Mvc;

namespace ThreeAssets.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
