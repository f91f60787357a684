using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class CaseEvidenceConfiguration : IEntityTypeConfiguration<CaseEvidence>
{
    public void Configure(EntityTypeBuilder<CaseEvidence> b)
    {
        b.ToTable("CaseEvidence");
        b.Property(e => e.FileName).HasMaxLength(260);
        b.Property(e => e.ContentType).HasMaxLength(100).IsUnicode(false);
        b.Property(e => e.Sha256).HasMaxLength(64).IsUnicode(false);
        b.HasOne<ProblemCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.CaseId);
    }
}
