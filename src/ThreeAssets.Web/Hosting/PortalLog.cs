using ThreeAssets.Data;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Every log line the portal writes, in one place: structured, and with user ids rather than names,
/// never passwords, residents' names or phone numbers.
/// </summary>
internal static partial class PortalLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database provider {Provider}: applied {Count} migration(s)")]
    public static partial void MigrationsApplied(this ILogger logger, DatabaseProvider provider, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database has {Count} pending migration(s) and Database:MigrateOnStartup is false: run `threeassets db migrate`")]
    public static partial void MigrationsPending(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database cannot be reached or prepared; pages and /healthz answer 503 and the start-up work is retried")]
    public static partial void DatabaseUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode is on but seed-data/demo-district.json was not found; set Demo:SeedPath")]
    public static partial void DemoSeedMissing(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo district {District} seeded with {Users} users")]
    public static partial void DemoSeeded(this ILogger logger, string district, int users);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(this ILogger logger, int userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in ({Reason}) for user {UserId}")]
    public static partial void SignInFailed(this ILogger logger, string reason, int? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo ledgers: {Published} of {Files} sample workbooks published")]
    public static partial void DemoLedgersPublished(this ILogger logger, int published, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo ledger {File} was not published: {Problem}")]
    public static partial void DemoLedgerSkipped(this ILogger logger, string file, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} received about publication {PublicationId}")]
    public static partial void QuestionAsked(this ILogger logger, long questionId, long publicationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A question about publication {PublicationId} filled the honeypot and was dropped")]
    public static partial void QuestionHoneypot(this ILogger logger, long publicationId);
}
