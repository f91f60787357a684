using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class AssetItemConfiguration : IEntityTypeConfiguration<AssetItem>
{
    public void Configure(EntityTypeBuilder<AssetItem> b)
    {
        b.Property(a => a.Code).HasMaxLength(64);
        b.Property(a => a.Name).HasMaxLength(128);
        b.Property(a => a.Category).HasMaxLength(32);
        b.Property(a => a.Unit).HasMaxLength(16);
        b.Property(a => a.Location).HasMaxLength(200);
        b.Property(a => a.Status).HasMaxLength(16);
        b.Property(a => a.Lessee).HasMaxLength(128);
        b.Property(a => a.Remarks).HasMaxLength(500);
        b.HasOne<Publication>().WithMany().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.PublicationId, a.RowNo }).IsUnique();
        b.HasIndex(a => new { a.PublicationId, a.Code });
    }
}
