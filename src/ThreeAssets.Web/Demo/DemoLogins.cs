using System.Globalization;
using System.Security.Cryptography;
using ThreeAssets.Data.Seed;

namespace ThreeAssets.Web.Demo;

/// <summary>
/// The demo accounts' passwords when they must not be the published ones (an explicit demo in Production):
/// drawn at random when the accounts are created and written once to the console, never to the logs.
/// </summary>
internal sealed class DemoLogins
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789"; // no l/1/o/0 to misread
    private readonly List<DemoUser> _created = [];

    /// <summary>The accounts created by this process, with their passwords.</summary>
    public IReadOnlyList<DemoUser> Created { get { lock (_created) return [.. _created]; } }

    public DemoUser WithRandomPassword(DemoUser user)
    {
        var random = user with { Password = RandomNumberGenerator.GetString(Alphabet, 20) };
        lock (_created) _created.Add(random);
        return random;
    }

    public void Print(TextWriter console)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("Demo logins with random passwords, shown only this once 演示账号（随机密码，仅显示这一次）:");
        foreach (var u in Created)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {u.UserName,-12} {u.Password,-22} {u.Role,-11} {string.Join(',', u.Scopes)}");
        console.Write(text.ToString());
    }
}
