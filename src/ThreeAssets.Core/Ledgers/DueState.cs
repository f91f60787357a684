namespace ThreeAssets.Core.Ledgers;

/// <summary>Where a due period stands on the public timeline.</summary>
public enum DueState
{
    /// <summary>The period has not reached its due date and nothing is published yet.</summary>
    NotDue,

    /// <summary>Published by the due date.</summary>
    Published,

    /// <summary>Published, but after the due date.</summary>
    PublishedLate,

    /// <summary>The due date has passed and nothing is published: 逾期未公开.</summary>
    Late,

    /// <summary>The period ended before the village began disclosing on the portal: nothing is owed for it.</summary>
    NotOwed,
}
