using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RiskWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RiskThresholdsJson",
                table: "Districts",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    VillageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PublicationId = table.Column<long>(type: "INTEGER", nullable: true),
                    Rows = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: true),
                    QuestionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Threshold = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MessageEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StatusById = table.Column<int>(type: "INTEGER", nullable: true),
                    StatusAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstFoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastFoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClearedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_AspNetUsers_StatusById",
                        column: x => x.StatusById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_Publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_Code_Status",
                table: "RiskAlerts",
                columns: new[] { "Code", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_Key",
                table: "RiskAlerts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_PublicationId",
                table: "RiskAlerts",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_QuestionId",
                table: "RiskAlerts",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_StatusById",
                table: "RiskAlerts",
                column: "StatusById");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_VillageId_ClearedAt",
                table: "RiskAlerts",
                columns: new[] { "VillageId", "ClearedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskAlerts");

            migrationBuilder.DropColumn(
                name: "RiskThresholdsJson",
                table: "Districts");
        }
    }
}
