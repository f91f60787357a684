using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.Sqlite
{
    /// <summary>
    /// The audit log's hash chain (AuditChain): sequence, previous hash and hash, NULL on entries from before. Hand-written
    /// at the end: the new unique index on Sequence is one more conflict INSERT OR REPLACE would resolve by deleting an
    /// entry, so the trigger that refuses such an insert (Initial) now checks it too.
    /// </summary>
    public partial class AuditChain : Migration
    {
        private const string Refuse = "BEGIN SELECT RAISE(ABORT, 'AuditEntries rows are append-only'); END;";
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_no_replace\";");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"AuditEntries_no_replace\" BEFORE INSERT ON \"AuditEntries\" " +
                "WHEN EXISTS (SELECT 1 FROM \"AuditEntries\" WHERE \"Id\" = NEW.\"Id\") " +
                "OR EXISTS (SELECT 1 FROM \"AuditEntries\" WHERE \"Sequence\" = NEW.\"Sequence\") " + Refuse);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_no_replace\";");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");

            // Dropping a column rebuilds the table on SQLite, which drops its triggers: put Initial's back.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_no_update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_no_delete\";");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_update\" BEFORE UPDATE ON \"AuditEntries\" " + Refuse);
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_delete\" BEFORE DELETE ON \"AuditEntries\" " + Refuse);
            migrationBuilder.Sql(
                "CREATE TRIGGER \"AuditEntries_no_replace\" BEFORE INSERT ON \"AuditEntries\" " +
                "WHEN EXISTS (SELECT 1 FROM \"AuditEntries\" WHERE \"Id\" = NEW.\"Id\") " + Refuse);
        }
    }
}
