namespace ThreeAssets.Web.Common;

/// <summary>
/// A form's fields in page order, passed as the model of the ErrorSummary partial. ModelState lists its keys
/// alphabetically; the GOV.UK pattern lists problems in the order the user meets the fields.
/// </summary>
public sealed class ErrorSummaryOrder(params string[] fields)
{
    /// <summary>The field's place on the page; keys not named keep their place after the named ones.</summary>
    public int Position(string key)
    {
        var index = Array.IndexOf(fields, key);
        return index < 0 ? fields.Length : index;
    }
}
