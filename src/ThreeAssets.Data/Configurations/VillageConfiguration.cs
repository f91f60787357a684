using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> b)
    {
        b.Property(v => v.Code).HasMaxLength(32);
        b.Property(v => v.Name).HasMaxLength(64);
        b.Property(v => v.PinyinInitials).HasMaxLength(32);
        b.Property(v => v.FundsFrequency).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(v => v.Code).IsUnique();
        b.HasIndex(v => v.Name);
        b.HasIndex(v => v.PinyinInitials);
        b.HasOne(v => v.Township).WithMany(t => t.Villages).HasForeignKey(v => v.TownshipId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
