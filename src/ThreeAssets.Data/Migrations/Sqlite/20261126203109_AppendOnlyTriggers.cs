using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.Sqlite
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
                foreach (var op in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql(
                        $"CREATE TRIGGER \"{table}_no_{op.ToLowerInvariant()}\" BEFORE {op} ON \"{table}\" " +
                        $"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_no_update\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_no_delete\";");
            }
        }
    }
}
