using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicationChainAndBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Boundaries",
                table: "ResourceItems",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Publications_VillageId_PreviousHash",
                table: "Publications",
                columns: new[] { "VillageId", "PreviousHash" },
                unique: true,
                filter: "[PreviousHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Publications_VillageId_PreviousHash",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "Boundaries",
                table: "ResourceItems");
        }
    }
}
