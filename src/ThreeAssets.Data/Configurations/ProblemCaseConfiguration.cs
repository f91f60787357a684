using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class ProblemCaseConfiguration : IEntityTypeConfiguration<ProblemCase>
{
    public void Configure(EntityTypeBuilder<ProblemCase> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.Title).HasMaxLength(ProblemCase.MaxTitleLength);
        b.Property(c => c.Description).HasMaxLength(ProblemCase.MaxTextLength);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.WarningKey).HasMaxLength(64);
        b.Property(c => c.RuleCode).HasMaxLength(32).IsUnicode(false);
        // Concurrency token: of an inspector accepting and another returning at once, the second save fails.
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        b.Property(c => c.Owner).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.FeedbackNote).HasMaxLength(ProblemCase.MaxTextLength);
        b.Property(c => c.PublicText).HasMaxLength(ProblemCase.MaxTextLength * 2);
        b.HasOne<Village>().WithMany().HasForeignKey(c => c.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Question>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(c => c.CorrectedPublicationId).OnDelete(DeleteBehavior.Restrict);

        b.HasIndex(c => new { c.VillageId, c.Status });
        b.HasIndex(c => c.QuestionId);
        b.HasIndex(c => c.WarningKey);
    }
}
