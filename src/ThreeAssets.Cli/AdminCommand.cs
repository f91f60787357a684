using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Cli;

/// <summary><c>admin create-user</c> and <c>admin token</c> (DESIGN §10).</summary>
internal static class AdminCommand
{
    public const string Usage = """
        usage: threeassets admin create-user --name N --password P --role Admin|Accountant|Reviewer|Inspector [--scope CODE[,CODE...]] [--display-name TEXT]
               threeassets admin token --user N [--token-name TEXT]
          --scope: a village code for an accountant (several, comma-separated, allowed), a township code for a
                   reviewer, a district code for an inspector; none for an admin.
          token prints a new API token on one line; only its SHA-256 is stored, so keep the printed value.
        """ + "\n" + CliConfiguration.Help;

    public static Task<int> RunAsync(CliArgs args) =>
        RunAsync(args, CliConfiguration.Load(), CliConfiguration.ContentRoot(), Console.Out);

    public static async Task<int> RunAsync(CliArgs args, IConfiguration configuration, string contentRoot, TextWriter output)
    {
        var sub = args.Positional.Count > 0 ? args.Positional[0] : null;
        if (sub is not ("create-user" or "token")) throw new UsageException(Usage);
        await using var services = CliConfiguration.BuildServices(configuration, contentRoot);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await CliDatabase.EnsureMigratedAsync(db);
        return sub == "create-user"
            ? await CreateUserAsync(args, scope.ServiceProvider, output)
            : await IssueTokenAsync(args, db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), output);
    }

    private static async Task<int> CreateUserAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        var name = Required(args, "name");
        var password = Required(args, "password");
        var roleText = Required(args, "role");
        if (!Enum.TryParse<PortalRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            throw new UsageException($"未知角色 '{roleText}' (unknown role): use Admin, Accountant, Reviewer or Inspector.");
        var scopes = (args.Option("scope") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await services.GetRequiredService<UserProvisioning>()
            .CreateAsync(new NewUser(name, args.Option("display-name"), password, role, scopes));
        if (!result.Succeeded) throw new UsageException(result.Error!);
        await output.WriteLineAsync($"created {role} '{result.User!.UserName}' (id {result.User.Id})"
            + (scopes.Length > 0 ? $" scope {string.Join(',', scopes)}" : ""));
        return 0;
    }

    private static async Task<int> IssueTokenAsync(CliArgs args, PortalDbContext db, TimeProvider time, TextWriter output)
    {
        var name = Required(args, "user");
        var normalized = name.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized)
            ?? throw new UsageException($"用户 '{name}' 不存在 (no such user).");
        var token = ApiTokens.Issue(db, user.Id, args.Option("token-name") ?? "cli", time.GetUtcNow());
        await db.SaveChangesAsync();
        await output.WriteLineAsync(token);
        return 0;
    }

    private static string Required(CliArgs args, string option) =>
        string.IsNullOrWhiteSpace(args.Option(option))
            ? throw new UsageException($"缺少 --{option} (missing --{option}).\n{Usage}")
            : args.Option(option)!;
}

/// <summary>Database checks shared by the commands, turning I/O failures into messages rather than stack traces.</summary>
internal static class CliDatabase
{
    public static async Task EnsureMigratedAsync(PortalDbContext db)
    {
        try
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
                throw new UsageException("数据库尚未迁移，请先运行 db migrate (the database is not migrated: run `db migrate` first).");
        }
        catch (DbException e)
        {
            throw new UsageException($"无法连接数据库 (cannot open the database): {e.Message}");
        }
    }
}
