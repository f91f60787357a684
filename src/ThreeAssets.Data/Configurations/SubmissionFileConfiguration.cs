using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class SubmissionFileConfiguration : IEntityTypeConfiguration<SubmissionFile>
{
    public void Configure(EntityTypeBuilder<SubmissionFile> b)
    {
        b.HasKey(f => f.SubmissionId);
        b.HasOne(f => f.Submission).WithOne().HasForeignKey<SubmissionFile>(f => f.SubmissionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
