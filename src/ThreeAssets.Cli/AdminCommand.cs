using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;

namespace ThreeAssets.Cli;

/// <summary><c>admin create-user</c>, <c>admin token</c> and <c>admin import-org</c> (DESIGN §10).</summary>
internal static class AdminCommand
{
    public const string Usage = """
        usage: threeassets admin create-user --name N --password P --role Admin|Accountant|Reviewer|Inspector [--scope CODE[,CODE...]] [--display-name TEXT]
               threeassets admin token --user N [--token-name TEXT]
               threeassets admin import-org FILE
          --scope: a village code for an accountant (several, comma-separated, allowed), a township code for a
                   reviewer, a district code for an inspector; none for an admin.
          token prints a new API token on one line; only its SHA-256 is stored, so keep the printed value.
          import-org reads a CSV (UTF-8 or GBK) with the header code,name,parent (or 代码,名称,上级代码); it adds and
                   renames, never deletes; any bad line refuses the whole file (exit 1) and nothing is written.
        """ + "\n" + CliConfiguration.Help;

    public static Task<int> RunAsync(CliArgs args) =>
        RunAsync(args, CliConfiguration.Load(), CliConfiguration.ContentRoot(), Console.Out);

    public static async Task<int> RunAsync(CliArgs args, IConfiguration configuration, string contentRoot, TextWriter output)
    {
        var sub = args.Positional.Count > 0 ? args.Positional[0] : null;
        if (sub is not ("create-user" or "token" or "import-org")) throw new UsageException(Usage);
        // Read the file before touching the database: a wrong path is a usage error, whatever the database's state.
        var file = sub == "import-org" ? ReadImportFile(args) : null;
        await using var services = CliConfiguration.BuildServices(configuration, contentRoot);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await CliDatabase.EnsureMigratedAsync(db);
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        return sub switch
        {
            "create-user" => await CreateUserAsync(args, scope.ServiceProvider, output),
            "token" => await IssueTokenAsync(args, db, time, output),
            _ => await ImportOrgAsync(file!, db, time, output),
        };
    }

    private static byte[] ReadImportFile(CliArgs args)
    {
        var path = args.Positional.Count > 1 ? args.Positional[1] : throw new UsageException($"缺少文件名 (missing FILE).\n{Usage}");
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new UsageException($"找不到文件 {path} (no such file).");
            if (info.Length > OrgImportFile.MaxBytes)
                throw new UsageException($"文件超过 {OrgImportFile.MaxBytes / 1024 / 1024} MB，不像机构名单 (the file is too large for an org list).");
            return File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new UsageException($"无法读取文件 {path} (cannot read the file): {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException($"无法读取文件 {path} (cannot read the file): {e.Message}");
        }
    }

    /// <summary>Exit 0 when imported, 1 when refused (each problem on its own line, nothing written).</summary>
    private static async Task<int> ImportOrgAsync(byte[] file, PortalDbContext db, TimeProvider time, TextWriter output)
    {
        var at = time.GetUtcNow();
        // The CLI has no signed-in user: the entry says it came from the command line and under which OS account,
        // so that an import from a server shell is as traceable as one from the admin page.
        var actor = "cli:" + Environment.UserName;
        var result = await new OrgImporter(db).ImportAsync(file, change => db.AuditEntries.Add(OrgImportAudit.Entry(change, at, actor)));
        if (result.Refused)
        {
            await output.WriteLineAsync($"没有导入任何机构，文件有 {result.Problems.Count} 处问题 (nothing imported: {result.Problems.Count} problem(s)):");
            foreach (var problem in result.Problems) await output.WriteLineAsync(problem.ToString());
            return 1;
        }
        await output.WriteLineAsync($"新增 {result.Added}，改名 {result.Renamed}，未变 {result.Unchanged} (added {result.Added}, renamed {result.Renamed}, unchanged {result.Unchanged})");
        foreach (var change in result.Changes)
            await output.WriteLineAsync(change.OldName is null ? $"+ {change.Code} {change.Name}" : $"~ {change.Code} {change.OldName} → {change.Name}");
        return 0;
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
