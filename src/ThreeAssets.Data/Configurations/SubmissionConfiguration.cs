using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Period).HasMaxLength(8);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.FileName).HasMaxLength(260);
        b.Property(s => s.Sha256).HasMaxLength(64).IsUnicode(false);
        b.Property(s => s.SubmitNote).HasMaxLength(1000);
        b.Property(s => s.RejectReason).HasMaxLength(1000);
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.HasOne(s => s.Village).WithMany().HasForeignKey(s => s.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UploadedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.ReviewedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(s => s.PublicationId).OnDelete(DeleteBehavior.Restrict);

        // The accountant's history and the reviewer's queue; and "these bytes were uploaded before".
        b.HasIndex(s => new { s.VillageId, s.Kind, s.Period });
        b.HasIndex(s => s.Status);
        b.HasIndex(s => new { s.VillageId, s.Sha256 });
    }
}
