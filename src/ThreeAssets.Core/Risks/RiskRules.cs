namespace ThreeAssets.Core.Risks;

/// <summary>Red means act, yellow means look (DESIGN §7); the colour of each rule can be changed per district.</summary>
public enum RiskColour
{
    Yellow,
    Red,
}

/// <summary>
/// A risk rule of DESIGN §7: a stable code, what it looks for, its default colour, and the basis an
/// inspector can quote — the regulation or the comparison that makes the finding worth a look.
/// </summary>
public sealed record RiskRule(string Code, string Title, string TitleEn, RiskColour Colour, string Basis, string BasisEn);

/// <summary>
/// The risk catalogue. Risks are not validation errors: a ledger can be correct and still show a
/// payment an inspector should look at. <see cref="RiskScanner"/> runs all but RISK-UNANSWERED, which
/// needs residents' questions and is raised by the portal.
/// </summary>
public static class RiskRules
{
    public static readonly RiskRule Cash = new("RISK-CASH", "大额现金支付", "Large cash payment", RiskColour.Yellow,
        "村级财务管理规定大额支出应通过银行转账，不得大额使用现金。", "Village finance rules require large payments to go through the bank, not in cash.");
    public static readonly RiskRule Split = new("RISK-SPLIT", "拆分支付、避开审批", "Payments split under the approval threshold", RiskColour.Red,
        "超过审批额度的支出须经集体决策审批；拆成几笔小额支付就绕开了审批。", "Spending above the approval threshold needs a collective decision; splitting it into small payments avoids that.");
    public static readonly RiskRule NearLimit = new("RISK-NEARLIMIT", "多笔支付贴近审批线", "Payments just under the approval threshold", RiskColour.Yellow,
        "一个季度内多笔支付都略低于审批额度，可能是有意避开审批。", "Several payments in a quarter just under the approval threshold may be meant to avoid approval.");
    public static readonly RiskRule Hospitality = new("RISK-HOSP", "招待、礼品开支", "Hospitality or gift spending", RiskColour.Yellow,
        "中央八项规定精神：村级组织不得用集体资金吃喝、送礼。", "The eight-point rules: collective money must not pay for banquets or gifts.");
    public static readonly RiskRule Duplicate = new("RISK-DUP", "疑似重复支付", "Possible duplicate payment", RiskColour.Yellow,
        "同一收款人、同一金额短期内两次支付，可能重复报销。", "The same amount paid to the same payee twice in a short time may be a duplicate claim.");
    public static readonly RiskRule Concentration = new("RISK-CONCENTRATION", "支出集中于一个收款人", "Spending concentrated on one payee", RiskColour.Yellow,
        "一个收款人拿走村里大部分支出，应核实是否经过公开比选、是否存在利益关联。", "One payee taking most of a village's spending should be checked for open selection and conflicts of interest.");
    public static readonly RiskRule LowRent = new("RISK-LOWRENT", "承包费明显偏低", "Rent far below the township median", RiskColour.Yellow,
        "与本乡镇同类资源承包价格的中位数比较；明显偏低可能造成集体资产流失。", "Compared with the township's median price for the same kind of resource; far below it may mean collective assets are lost.");
    public static readonly RiskRule LongTerm = new("RISK-LONG", "合同期限过长", "Contract term over the limit", RiskColour.Red,
        "《民法典》第七百零五条：租赁期限不得超过二十年；对外发包期限按本区规定。", "Civil Code art. 705: a lease may not exceed twenty years; terms of letting follow the district's rule.");
    public static readonly RiskRule Expired = new("RISK-EXPIRED", "合同已到期或即将到期", "Contract expired or about to expire", RiskColour.Yellow,
        "合同到期应及时收回或重新公开发包，不能到期后继续由原承包方使用。", "An expired contract must be ended or let again openly, not left with the old party.");
    public static readonly RiskRule Arrears = new("RISK-ARREARS", "承包费、租金拖欠", "Fees not collected", RiskColour.Yellow,
        "应收未收的承包费、租金是集体收入的流失。", "Fees due and not collected are collective income lost.");
    public static readonly RiskRule Unreceived = new("RISK-UNRECEIVED", "登记已收但资金账上没有", "Register says paid, the cash book does not", RiskColour.Red,
        "资源登记表的本年已收应当在资金台账中有同一承包方的收入；对不上，钱可能没有入账。", "What the register says a contractor paid this year must appear as income from them in the funds journal; if not, the money may never have reached the books.");
    public static readonly RiskRule NoBid = new("RISK-NOBID", "大额合同未公开竞价", "Large contract let by private agreement", RiskColour.Red,
        "集体资源发包达到限额应当公开竞价（招标、拍卖、竞价）。", "Collective resources above the limit must be let by open tender or auction.");
    public static readonly RiskRule Vanished = new("RISK-VANISH", "资产消失且未记处置", "Asset gone without a disposal", RiskColour.Red,
        "资产处置须经民主程序并登记；登记表中消失而未处置，可能被私自处置。", "Disposing of an asset needs a democratic decision and a record; an asset that vanishes unrecorded may have been disposed of privately.");
    public static readonly RiskRule Late = new("RISK-LATE", "逾期未公开", "Not published by its due day", RiskColour.Yellow,
        "村务公开规定：月度财务次月 15 日前公开，季度在季度结束后 15 日内公开。", "Disclosure rules: a month by the 15th of the next month, a quarter within 15 days of its end.");
    public static readonly RiskRule Unanswered = new("RISK-UNANSWERED", "群众提问逾期未答复", "Residents' question unanswered", RiskColour.Yellow,
        "群众对公开内容的疑问应在规定时间内答复。", "Residents' questions about what was published must be answered in time.");

    public static IReadOnlyList<RiskRule> All { get; } =
        [Cash, Split, NearLimit, Hospitality, Duplicate, Concentration, LowRent, LongTerm, Expired, Arrears, Unreceived, NoBid, Vanished, Late, Unanswered];

    public static RiskRule? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}
