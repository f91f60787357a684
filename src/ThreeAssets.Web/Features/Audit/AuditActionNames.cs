using ThreeAssets.Web.Common;

namespace ThreeAssets.Web.Features.Audit;

/// <summary>
/// The Chinese name of each <see cref="AuditActions"/> code, in the order the search form lists them
/// (the English is in the resource file; the view shows them through the localizer). <c>Scoped</c> is
/// false for actions logged without an org code (sign-ins, user and token administration): only admins
/// can ever find those, so the form offers them to admins only.
/// </summary>
public static class AuditActionNames
{
    public sealed record Entry(string Code, string Name, bool Scoped);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(AuditActions.Upload, "上传台账", true),
        new(AuditActions.Submit, "提交审核", true),
        new(AuditActions.Approve, "审核通过", true),
        new(AuditActions.Reject, "退回修改", true),
        new(AuditActions.Publish, "公开发布", true),
        new(AuditActions.OriginalDownloaded, "下载原件", true),
        new(AuditActions.AnnotatedDownloaded, "下载批注版", true),
        new(AuditActions.NoticeBatchPdf, "下载公示合订本", true),
        new(AuditActions.NoticeBatchZip, "下载公示打包", true),
        new(AuditActions.QuestionAsked, "群众提出问题", true),
        new(AuditActions.QuestionAnswered, "答复提问", true),
        new(AuditActions.QuestionReopened, "群众重开问题", true),
        new(AuditActions.QuestionClosed, "关闭提问", true),
        new(AuditActions.QuestionEscalated, "提问超期转乡镇", true),
        new(AuditActions.CounterpartySearched, "查询交易对象", true),
        new(AuditActions.RisksRecomputed, "重新计算预警", true),
        new(AuditActions.RiskSeen, "预警标为已查看", true),
        new(AuditActions.RiskDismissed, "排除预警", true),
        new(AuditActions.RiskReopened, "预警恢复待处理", true),
        new(AuditActions.ThresholdsChanged, "修改预警阈值", true),
        new(AuditActions.OrgCreated, "新建机构", true),
        new(AuditActions.OrgRenamed, "修改机构名称", true),
        new(AuditActions.OrgDisclosureStartSet, "设置公开起始月", true),
        new(AuditActions.Login, "登录", false),
        new(AuditActions.LoginFailed, "登录失败", false),
        new(AuditActions.LockedOut, "账号被锁定", false),
        new(AuditActions.Logout, "退出登录", false),
        new(AuditActions.UserCreated, "新建用户", false),
        new(AuditActions.UserLocked, "锁定用户", false),
        new(AuditActions.UserUnlocked, "解锁用户", false),
        new(AuditActions.UserScopeChanged, "修改用户范围", false),
        new(AuditActions.PasswordReset, "重置密码", false),
        new(AuditActions.TokenIssued, "发放接口令牌", false),
        new(AuditActions.TokenRevoked, "吊销接口令牌", false),
    ];

    private static readonly Dictionary<string, string> ByCode = All.ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);

    /// <summary>The Chinese name, or the code itself for an action added later without a name.</summary>
    public static string NameOf(string code) => ByCode.GetValueOrDefault(code, code);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);
}
