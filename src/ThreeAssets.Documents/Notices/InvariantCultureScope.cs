using System.Globalization;

namespace ThreeAssets.Documents.Notices;

/// <summary>
/// Runs PDF writing under the invariant culture. PDFsharp formats the document dates with the current
/// culture's calendar: under ar-SA a 2026 notice said it was created in 1884 (Umm al-Qura), and the
/// bytes, hence the hash, depended on the server's locale.
/// </summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo previous;
    private readonly CultureInfo previousUi;

    private InvariantCultureScope(CultureInfo previous, CultureInfo previousUi)
    {
        this.previous = previous;
        this.previousUi = previousUi;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    public static InvariantCultureScope Enter() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previous;
        CultureInfo.CurrentUICulture = previousUi;
    }
}
