namespace ThreeAssets.Documents.Notices;

/// <summary>
/// Keys of the PDF document information dictionary under which a notice records what it is. Custom
/// keys are allowed there by the PDF standard and survive printing to file in most tools; the
/// fingerprint is also in Keywords, which every PDF viewer shows.
/// </summary>
internal static class NoticeMetadata
{
    public const string FingerprintKey = "/ThreeAssetsFingerprint";
    public const string PublicationUrlKey = "/ThreeAssetsPublicationUrl";
    public const string VersionKey = "/ThreeAssetsVersion";
    public const string KeywordsPrefix = "fingerprint:";
}
