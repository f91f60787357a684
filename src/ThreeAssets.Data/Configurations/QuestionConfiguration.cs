using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> b)
    {
        b.Property(q => q.Text).HasMaxLength(Question.MaxTextLength);
        b.Property(q => q.AskerName).HasMaxLength(50);
        b.Property(q => q.AskerPhone).HasMaxLength(30);
        b.Property(q => q.TrackingCode).HasMaxLength(8).IsUnicode(false);
        // Concurrency tokens: of two staff answering at once, or a resident reopening while staff close,
        // the second save fails (and is reported as "the status had changed") instead of overwriting the first.
        b.Property(q => q.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        b.Property(q => q.Reopened).IsConcurrencyToken();
        b.Property(q => q.AnsweredByLabel).HasMaxLength(128);
        b.Property(q => q.Answer).HasMaxLength(2000);
        b.Property(q => q.ReopenText).HasMaxLength(Question.MaxTextLength);
        b.Ignore(q => q.OpenSince);
        b.HasOne<Publication>().WithMany().HasForeignKey(q => q.PublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Village>().WithMany().HasForeignKey(q => q.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(q => q.AnsweredById).OnDelete(DeleteBehavior.Restrict);

        b.HasIndex(q => q.TrackingCode).IsUnique();
        b.HasIndex(q => new { q.PublicationId, q.ReceivedAt });
        b.HasIndex(q => new { q.VillageId, q.Status });
    }
}
