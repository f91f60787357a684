using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThreeAssets.Data;
using ThreeAssets.Web.Demo;
using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Tests.Data;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Sqlite_in_the_app_data_folder_is_the_default()
    {
        var settings = DatabaseSettings.From(Config(), "/srv/portal");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine("/srv/portal", "App_Data", "threeassets.db"), new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        Assert.True(settings.MigrateOnStartup);
    }

    [Fact]
    public void Sql_server_needs_a_connection_string()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Config(("Database:Provider", "SqlServer")), "/srv"));

        Assert.Contains("ConnectionStrings:Default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSql_needs_a_connection_string()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Config(("Database:Provider", "postgresql")), "/srv"));

        Assert.Contains("ConnectionStrings:Default", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", "Sqlite", null, true)]
    [InlineData("Production", "Sqlite", null, false)]
    [InlineData("Staging", "Sqlite", null, false)]
    [InlineData("Development", "SqlServer", null, false)]
    [InlineData("Development", "PostgreSql", null, false)]
    [InlineData("Production", "SqlServer", "true", true)]
    [InlineData("Development", "Sqlite", "false", false)]
    public void Demo_mode_defaults_to_on_only_in_development_on_sqlite(string environment, string provider, string? demo, bool expected)
    {
        var values = new List<(string, string)> { ("Database:Provider", provider), ("ConnectionStrings:Default", "Server=db;Database=x") };
        if (demo is not null) values.Add(("Demo:Enabled", demo));
        var configuration = Config([.. values]);
        var services = new ServiceCollection().AddPortalDatabase(configuration, "/srv").AddPortalSeeding(configuration,
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });

        using var provided = services.BuildServiceProvider();

        Assert.Equal(expected, provided.GetRequiredService<DemoSettings>().Enabled);
        Assert.Equal(environment == "Production", provided.GetRequiredService<DemoSettings>().RandomPasswords);
    }
}
