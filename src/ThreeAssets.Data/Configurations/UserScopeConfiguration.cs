using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class UserScopeConfiguration : IEntityTypeConfiguration<UserScope>
{
    public void Configure(EntityTypeBuilder<UserScope> b)
    {
        b.HasKey(s => new { s.UserId, s.OrgCode });
        b.Property(s => s.OrgCode).HasMaxLength(32);
        b.HasIndex(s => s.OrgCode);
    }
}
