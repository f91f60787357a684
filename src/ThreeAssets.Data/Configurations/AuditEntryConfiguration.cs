using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.TargetType).HasMaxLength(64);
        b.Property(a => a.TargetId).HasMaxLength(64);
        b.Property(a => a.Ip).HasMaxLength(64);
        b.Property(a => a.OrgCode).HasMaxLength(32);
        // No foreign key to users on purpose: the log outlives accounts and must never block a delete.
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.TargetType, a.TargetId });
        b.HasIndex(a => new { a.UserId, a.At });
        b.HasIndex(a => new { a.Action, a.At });
        b.HasIndex(a => new { a.OrgCode, a.At });
        b.Property(a => a.PreviousHash).HasMaxLength(64).IsUnicode(false);
        b.Property(a => a.Hash).HasMaxLength(64).IsUnicode(false);
        // Two writers that read the same head both try the next sequence: the index lets one win and the other
        // link again (PortalDbContext.SaveChanges). Pre-chain rows are NULL (SQL Server filters them out of the index).
        b.HasIndex(a => a.Sequence).IsUnique();
    }
}
