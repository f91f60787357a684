namespace ThreeAssets.Data;

/// <summary>
/// Marks entities that may be inserted but never updated or deleted: published ledgers, original
/// uploads and the audit log. <see cref="PortalDbContext"/> refuses to save such a change.
/// </summary>
public interface IAppendOnly;

/// <summary>Thrown when code tries to change or delete an append-only row: a bug, never user input.</summary>
public sealed class AppendOnlyViolationException(string message) : InvalidOperationException(message);
