using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Note).HasMaxLength(ProblemCase.MaxTextLength);
        b.Property(e => e.Owner).HasConversion<string>().HasMaxLength(24);
        b.HasOne<ProblemCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.CaseId, e.Id });
    }
}
