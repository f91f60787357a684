using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> b)
    {
        b.Property(t => t.Code).HasMaxLength(32);
        b.Property(t => t.Name).HasMaxLength(64);
        b.Property(t => t.ReviewOrganisation).HasMaxLength(128);
        b.HasIndex(t => t.Code).IsUnique();
        // Org units are renamed, never deleted: publications point at them forever.
        b.HasOne(t => t.District).WithMany(d => d.Townships).HasForeignKey(t => t.DistrictId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
