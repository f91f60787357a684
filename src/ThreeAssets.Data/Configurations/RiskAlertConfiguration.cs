using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class RiskAlertConfiguration : IEntityTypeConfiguration<RiskAlert>
{
    public void Configure(EntityTypeBuilder<RiskAlert> b)
    {
        b.Property(a => a.Key).HasMaxLength(64).IsUnicode(false);
        b.Property(a => a.Code).HasMaxLength(32).IsUnicode(false);
        b.Property(a => a.Colour).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Period).HasMaxLength(8);
        b.Property(a => a.Rows).HasMaxLength(400).IsUnicode(false);
        b.Property(a => a.Value).HasMaxLength(64);
        b.Property(a => a.Threshold).HasMaxLength(64);
        b.Property(a => a.Message).HasMaxLength(1000);
        b.Property(a => a.MessageEn).HasMaxLength(1000);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.StatusReason).HasMaxLength(500);
        b.Ignore(a => a.RowList);
        b.HasOne(a => a.Village).WithMany().HasForeignKey(a => a.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Question>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.StatusById).OnDelete(DeleteBehavior.Restrict);

        // One record per warning: two recomputations racing insert it once, the loser updates.
        b.HasIndex(a => a.Key).IsUnique();
        b.HasIndex(a => new { a.VillageId, a.ClearedAt });
        b.HasIndex(a => new { a.Code, a.Status });
    }
}
