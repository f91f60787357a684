using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class ResourceItemConfiguration : IEntityTypeConfiguration<ResourceItem>
{
    public void Configure(EntityTypeBuilder<ResourceItem> b)
    {
        b.Property(r => r.Code).HasMaxLength(64);
        b.Property(r => r.Name).HasMaxLength(128);
        b.Property(r => r.Type).HasMaxLength(32);
        b.Property(r => r.Location).HasMaxLength(200);
        b.Property(r => r.Boundaries).HasMaxLength(200);
        b.Property(r => r.OperationMode).HasMaxLength(16);
        b.Property(r => r.Contractor).HasMaxLength(128);
        b.Property(r => r.ContractNo).HasMaxLength(64);
        b.Property(r => r.TenderMethod).HasMaxLength(16);
        b.Property(r => r.Remarks).HasMaxLength(500);
        b.HasOne<Publication>().WithMany().HasForeignKey(r => r.PublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.PublicationId, r.RowNo }).IsUnique();
        // Township median rent per resource type (RISK-LOWRENT).
        b.HasIndex(r => new { r.Type, r.PublicationId });
    }
}
