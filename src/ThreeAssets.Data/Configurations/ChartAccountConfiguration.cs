using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class ChartAccountConfiguration : IEntityTypeConfiguration<ChartAccount>
{
    public void Configure(EntityTypeBuilder<ChartAccount> b)
    {
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(16);
        b.Property(a => a.Name).HasMaxLength(64);
        b.Property(a => a.Class).HasMaxLength(16);
    }
}
