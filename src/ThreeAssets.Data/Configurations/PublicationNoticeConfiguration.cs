using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class PublicationNoticeConfiguration : IEntityTypeConfiguration<PublicationNotice>
{
    public void Configure(EntityTypeBuilder<PublicationNotice> b)
    {
        b.HasKey(n => n.PublicationId);
        b.Property(n => n.Sha256).HasMaxLength(64).IsUnicode(false);
        // /verify accepts an uploaded PDF: found by the hash of its bytes.
        b.HasIndex(n => n.Sha256);
        b.HasOne<Publication>().WithOne().HasForeignKey<PublicationNotice>(n => n.PublicationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
