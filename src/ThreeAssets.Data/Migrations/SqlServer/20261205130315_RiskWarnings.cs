using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThreeAssets.Data.Migrations.SqlServer
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
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Colour = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    VillageId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    PublicationId = table.Column<long>(type: "bigint", nullable: true),
                    Rows = table.Column<string>(type: "varchar(400)", unicode: false, maxLength: 400, nullable: true),
                    QuestionId = table.Column<long>(type: "bigint", nullable: true),
                    Value = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Threshold = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    MessageEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StatusById = table.Column<int>(type: "int", nullable: true),
                    StatusAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstFoundAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastFoundAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClearedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
