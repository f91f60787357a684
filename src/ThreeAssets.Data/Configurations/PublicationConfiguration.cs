using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> b)
    {
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Period).HasMaxLength(8);
        b.Property(p => p.CorrectionReason).HasMaxLength(1000);
        b.Property(p => p.ContentHash).HasMaxLength(64).IsUnicode(false);
        b.Property(p => p.PreviousHash).HasMaxLength(64).IsUnicode(false);
        b.Property(p => p.Fingerprint).HasMaxLength(32).IsUnicode(false);
        b.Property(p => p.ApprovingOrganisation).HasMaxLength(128);
        b.HasOne(p => p.Village).WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(p => p.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Submission>().WithMany().HasForeignKey(p => p.SubmissionId).OnDelete(DeleteBehavior.Restrict);

        // Two approvals racing for the same version: the unique index lets exactly one win.
        b.HasIndex(p => new { p.VillageId, p.Kind, p.Period, p.Version }).IsUnique();
        // At most one correction per publication, so versions form a line, not a tree.
        b.HasIndex(p => p.SupersedesId).IsUnique();
        b.HasIndex(p => p.Fingerprint).IsUnique();
        // The village's chain has no forks: two publications racing for the same village (of any kind)
        // cannot both follow the same predecessor; the loser retries or fails cleanly. No filter: SQL Server would
        // otherwise leave out NULL, and two first publications of a village (no predecessor) could both start a chain.
        // (SQLite treats NULLs as distinct, but it runs one writing transaction at a time, so the race cannot happen there.)
        b.HasIndex(p => new { p.VillageId, p.PreviousHash }).IsUnique().HasFilter(null);
        b.HasIndex(p => new { p.VillageId, p.PublishedAt });
    }
}
