using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ThreeAssets.Core.Integrity;
using ThreeAssets.Core.Ledgers;

namespace ThreeAssets.Cli;

/// <summary>
/// Writes publications straight into SQLite with prepared statements, bypassing the upload pipeline for speed,
/// but with the same content hash, fingerprint and per-village chain that the web app's Publisher computes,
/// so that every generated publication verifies. One transaction per village.
/// </summary>
internal sealed class BenchDataWriter : IDisposable
{
    // The SQLite context stores DateTimeOffset as EF's binary long (see SqliteDbContext).
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    private readonly SqliteConnection _connection;
    private readonly int _reviewerId;
    private SqliteTransaction? _transaction;
    private readonly Statement _submission, _publication, _link, _funds, _assets, _resources;

    public long Rows { get; private set; }
    public int Publications { get; private set; }

    public BenchDataWriter(SqliteConnection connection, int reviewerId)
    {
        _connection = connection;
        _reviewerId = reviewerId;
        _submission = new(connection, """INSERT INTO "Submissions" ("VillageId","Kind","Period","Status","FileName","Sha256","SizeBytes","UploadedById","UploadedAt","ErrorCount","WarningCount","RowCount","SubmittedAt","ReviewedById","ReviewedAt","Revision") VALUES ($0,$1,$2,'Published',$3,$4,0,$5,$6,0,0,$7,$6,$5,$8,1) RETURNING "Id" """, 9);
        _publication = new(connection, """INSERT INTO "Publications" ("VillageId","Kind","Period","Version","SupersedesId","CorrectionReason","ContentHash","PreviousHash","Fingerprint","PublishedAt","ApprovedById","ApprovingOrganisation","SubmissionId","RowCount","OpeningFen","IncomeFen","ExpenseFen","ClosingFen") VALUES ($0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) RETURNING "Id" """, 18);
        _link = new(connection, """UPDATE "Submissions" SET "PublicationId" = $0 WHERE "Id" = $1""", 2);
        _funds = new(connection, """INSERT INTO "FundsEntries" ("PublicationId","RowNo","SourceRow","Date","Voucher","Summary","AccountCode","AccountName","Income","Expense","Balance","Settlement","Counterparty","Handler","Approver","Attachments") VALUES ($0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)""", 16);
        _assets = new(connection, """INSERT INTO "AssetItems" ("PublicationId","RowNo","SourceRow","Code","Name","Category","AcquiredOn","Quantity","Unit","OriginalValue","AccumulatedDepreciation","NetValue","Location","Status","Lessee","AnnualRent","LeaseStart","LeaseEnd","Remarks") VALUES ($0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)""", 19);
        _resources = new(connection, """INSERT INTO "ResourceItems" ("PublicationId","RowNo","SourceRow","Code","Name","Type","AreaMu","Location","Boundaries","OperationMode","Contractor","ContractNo","ContractStart","ContractEnd","AnnualFee","UnitPrice","TenderMethod","ResolutionDate","ReceivableThisYear","ReceivedThisYear","Remarks") VALUES ($0,$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)""", 21);
    }

    public void Begin()
    {
        _transaction = _connection.BeginTransaction();
        foreach (var s in new[] { _submission, _publication, _link, _funds, _assets, _resources })
            s.Command.Transaction = _transaction;
    }

    public void Commit()
    {
        _transaction!.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    /// <summary>Publishes one ledger for the village; returns its id and content hash (the next link of the chain).</summary>
    public (long Id, string Hash) Publish(int villageId, string villageCode, string organisation, LedgerKind kind, Period period,
        IReadOnlyList<ILedgerRow> rows, FundsSummary? summary, DateTimeOffset at, string? previousHash,
        (long Id, int Version)? supersedes = null, string? reason = null)
    {
        var version = (supersedes?.Version ?? 0) + 1;
        var header = new PublicationHeader(villageCode, kind, period, version, at, previousHash, supersedes?.Version, reason);
        var hash = PublicationHash.Compute(header, rows);
        var when = Binary.ConvertToProvider(at);
        var submissionId = (long)_submission.Run(true, villageId, kind.ToString(), period.ToString(),
            $"{kind.ToString().ToLowerInvariant()}-{period}.xlsx", hash, _reviewerId, Binary.ConvertToProvider(at.AddDays(-2)), rows.Count, when)!;
        var id = (long)_publication.Run(true, villageId, kind.ToString(), period.ToString(), version, supersedes?.Id, reason, hash,
            previousHash, PublicationHash.Fingerprint(hash), when, _reviewerId, organisation, submissionId, rows.Count,
            summary?.Opening, summary?.Income, summary?.Expense, summary?.Closing)!;
        _link.Run(false, id, submissionId);
        for (var i = 0; i < rows.Count; i++)
            Insert(rows[i], id, i + 1);
        Rows += rows.Count;
        Publications++;
        return (id, hash);
    }

    private void Insert(ILedgerRow row, long publicationId, int rowNo)
    {
        switch (row)
        {
            case FundsRow r:
                _funds.Run(false, publicationId, rowNo, r.SourceRow, Day(r.Date), r.Voucher, r.Summary, r.AccountCode, r.AccountName,
                    r.Income, r.Expense, r.Balance, r.Settlement, r.Counterparty, r.Handler, r.Approver, r.Attachments);
                break;
            case AssetRow r:
                _assets.Run(false, publicationId, rowNo, r.SourceRow, r.Code, r.Name, r.Category, Day(r.AcquiredOn),
                    r.Quantity is { } q ? (double)q : null, r.Unit, r.OriginalValue, r.AccumulatedDepreciation, r.NetValue, r.Location,
                    r.Status, r.Lessee, r.AnnualRent, Day(r.LeaseStart), Day(r.LeaseEnd), r.Remarks);
                break;
            case ResourceRow r:
                _resources.Run(false, publicationId, rowNo, r.SourceRow, r.Code, r.Name, r.Type, (double)r.AreaMu, r.Location, r.Boundaries,
                    r.OperationMode, r.Contractor, r.ContractNo, Day(r.ContractStart), Day(r.ContractEnd), r.AnnualFee, r.UnitPrice,
                    r.TenderMethod, Day(r.ResolutionDate), r.ReceivableThisYear, r.ReceivedThisYear, r.Remarks);
                break;
        }
    }

    // EF stores DateOnly as ISO text on SQLite.
    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _transaction?.Dispose();
        foreach (var s in new[] { _submission, _publication, _link, _funds, _assets, _resources })
            s.Command.Dispose();
    }

    /// <summary>A prepared statement with positional parameters $0..$n.</summary>
    private sealed class Statement
    {
        public SqliteCommand Command { get; }
        private readonly SqliteParameter[] _parameters;

        public Statement(SqliteConnection connection, string sql, int count)
        {
            Command = connection.CreateCommand();
            Command.CommandText = sql;
            _parameters = Enumerable.Range(0, count).Select(i => Command.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
        }

        public object? Run(bool scalar, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                _parameters[i].Value = values[i] ?? DBNull.Value;
            return scalar ? Command.ExecuteScalar() : Command.ExecuteNonQuery();
        }
    }
}
