using Microsoft.Extensions.Localization;

namespace ThreeAssets.Web.Features.Submissions;

/// <summary>One clear message per refusal: what happened and what to do (UX.md), for the form and the API.</summary>
public static class UploadMessages
{
    public static string For(IStringLocalizer L, UploadRefusal refusal) => refusal switch
    {
        UploadRefusal.NoVillage => L["请选择是哪个村的台账。"],
        UploadRefusal.NotYourVillage => L["您的账号不能为这个村上传台账。请选择您负责的村；如需开通，请联系管理员。"],
        UploadRefusal.NoKind => L["请选择台账种类：资金收支明细、资产台账或资源台账。"],
        UploadRefusal.NoPeriod => L["请选择台账所属的月份或季度。"],
        UploadRefusal.PeriodNotQuarter => L["资产台账和资源台账按季度上传，请选择一个季度（例如 2026年第三季度）。"],
        UploadRefusal.PeriodInFuture => L["这个期间还没有开始，不能上传。请检查所选的月份或季度。"],
        UploadRefusal.NoFile => L["请选择要上传的台账文件。"],
        UploadRefusal.WrongType => L["只能上传 Excel 表格（.xlsx 或 .xls）或 CSV 文件。请在 Excel 或 WPS 中“另存为”.xlsx 后再上传。"],
        UploadRefusal.TooLarge => L["文件超过 20 MB，无法上传。请删除多余的工作表或图片，或按月分开上传。"],
        _ => L["这个文件是空的（0 字节）。请重新选择填好的台账文件。"],
    };
}
