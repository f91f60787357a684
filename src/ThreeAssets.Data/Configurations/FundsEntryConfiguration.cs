using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThreeAssets.Data.Configurations;

internal sealed class FundsEntryConfiguration : IEntityTypeConfiguration<FundsEntry>
{
    public void Configure(EntityTypeBuilder<FundsEntry> b)
    {
        b.Property(e => e.Voucher).HasMaxLength(64);
        b.Property(e => e.Summary).HasMaxLength(200);
        b.Property(e => e.AccountCode).HasMaxLength(16);
        b.Property(e => e.AccountName).HasMaxLength(64);
        b.Property(e => e.Settlement).HasMaxLength(16);
        b.Property(e => e.Counterparty).HasMaxLength(128);
        b.Property(e => e.Handler).HasMaxLength(64);
        b.Property(e => e.Approver).HasMaxLength(64);
        b.HasOne<Publication>().WithMany().HasForeignKey(e => e.PublicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.PublicationId, e.RowNo }).IsUnique();
        // Risk rules: payments per counterparty and day, spending by account.
        b.HasIndex(e => new { e.Counterparty, e.Date });
        b.HasIndex(e => e.AccountCode);
    }
}
