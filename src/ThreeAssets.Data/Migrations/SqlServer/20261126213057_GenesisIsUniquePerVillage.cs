using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GenesisIsUniquePerVillage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publications_VillageId_PreviousHash",
                table: "Publications");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_VillageId_PreviousHash",
                table: "Publications",
                columns: new[] { "VillageId", "PreviousHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publications_VillageId_PreviousHash",
                table: "Publications");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_VillageId_PreviousHash",
                table: "Publications",
                columns: new[] { "VillageId", "PreviousHash" },
                unique: true,
                filter: "[PreviousHash] IS NOT NULL");
        }
    }
}
