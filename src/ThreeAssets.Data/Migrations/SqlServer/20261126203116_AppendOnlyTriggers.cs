using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.SqlServer
{
    /// <summary>
    /// Published ledgers, original uploads and the audit log refuse UPDATE and DELETE in the database
    /// itself, so that not even raw SQL or a future bulk update can rewrite history.
    /// </summary>
    public partial class AppendOnlyTriggers : Migration
    {
        private static readonly string[] Tables =
            ["AuditEntries", "Publications", "PublicationNotices", "FundsEntries", "AssetItems", "ResourceItems", "SubmissionFiles"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                // CREATE TRIGGER must start a batch; EXEC makes it one inside the idempotent script's IF.
                migrationBuilder.Sql(
                    $"EXEC(N'CREATE TRIGGER [TR_{table}_AppendOnly] ON [{table}] AFTER UPDATE, DELETE AS " +
                    $"BEGIN SET NOCOUNT ON; THROW 51000, N''{table} rows are append-only'', 1; END')");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [TR_{table}_AppendOnly];");
        }
    }
}
