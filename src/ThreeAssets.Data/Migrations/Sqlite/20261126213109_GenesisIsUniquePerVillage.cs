using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.Sqlite
{
    /// <summary>
    /// Empty on SQLite on purpose: the SQL Server set drops the NULL filter of IX_Publications_VillageId_PreviousHash;
    /// SQLite has no such filter. Kept so that both sets list the same migrations.
    /// </summary>
    public partial class GenesisIsUniquePerVillage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
