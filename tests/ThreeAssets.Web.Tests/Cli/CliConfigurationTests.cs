extern alias cli;

using Microsoft.Data.Sqlite;
using CliArgs = cli::ThreeAssets.Cli.CliArgs;
using CliConfiguration = cli::ThreeAssets.Cli.CliConfiguration;
using DbCommand = cli::ThreeAssets.Cli.DbCommand;

namespace ThreeAssets.Web.Tests.Cli;

/// <summary>The CLI's configuration comes from its own defaults, the current folder and the environment: no web folder.</summary>
public sealed class CliConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("threeassets-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_folder_without_the_web_project_gets_the_defaults_and_its_own_app_data_database()
    {
        var configuration = CliConfiguration.Load(_folder);
        var contentRoot = CliConfiguration.ContentRoot(_folder);
        var output = new StringWriter();

        var exit = await DbCommand.RunAsync(CliArgs.Parse(["migrate"]), configuration, contentRoot, output);

        Assert.Equal("Sqlite", configuration["Database:Provider"]);   // the CLI's own appsettings.json
        Assert.Equal(_folder, contentRoot);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(_folder, "App_Data", "threeassets.db")), output.ToString());
    }

    [Fact]
    public void The_current_folder_overrides_the_defaults_and_environment_variables_override_both()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"),
            """{ "ConnectionStrings": { "Default": "Data Source=from-folder.db" }, "CliTest": { "Layer": "folder" } }""");
        const string variable = "CliTest__Layer";
        Environment.SetEnvironmentVariable(variable, "environment");
        try
        {
            var configuration = CliConfiguration.Load(_folder);

            Assert.Equal("Data Source=from-folder.db", configuration["ConnectionStrings:Default"]);
            Assert.Equal("environment", configuration["CliTest:Layer"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Run_from_the_repository_root_the_default_database_is_the_web_apps()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ThreeAssets.sln")))
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;

        Assert.Equal(Path.Combine(root, "src", "ThreeAssets.Web"), CliConfiguration.ContentRoot(root));
    }
}
