using ThreeAssets.Core.Privacy;

namespace ThreeAssets.Core.Tests.Privacy;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("330102198503071234", "330102********1234")]
    [InlineData("33010219850307123X", "330102********123X")]
    [InlineData("330102850307123", "330102*****7123")]
    public void Identity_numbers_keep_first_six_and_last_four(string id, string masked) =>
        Assert.Equal(masked, PersonalData.MaskText(id));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("联系电话 138 1234 5678", "联系电话 138 **** 5678")]
    public void Mobile_numbers_keep_first_three_and_last_four(string text, string masked) =>
        Assert.Equal(masked, PersonalData.MaskText(text));

    [Theory]
    [InlineData("6222021234567890123", "***************0123")]
    [InlineData("转入 6222 0212 3456 7890", "转入 **** **** **** 7890")]
    public void Bank_accounts_keep_last_four(string text, string masked) =>
        Assert.Equal(masked, PersonalData.MaskText(text));

    [Theory]
    [InlineData("支付张三劳务费，身份证330102198503071234，电话13812345678", "支付张三劳务费，身份证330102********1234，电话138****5678")]
    [InlineData("凭证 记-12 金额 1234.50", "凭证 记-12 金额 1234.50")]
    [InlineData("2026年10月5日", "2026年10月5日")]
    public void Numbers_inside_free_text_are_masked_and_ordinary_numbers_are_not(string text, string masked) =>
        Assert.Equal(masked, PersonalData.MaskText(text));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("李小龙", "李**")]
    [InlineData("欧阳明华", "欧***")]
    public void A_persons_name_keeps_only_the_surname(string name, string masked) =>
        Assert.Equal(masked, PersonalData.MaskParty(name));

    [Theory]
    [InlineData("青河县建筑工程有限公司")]
    [InlineData("国网供电所")]
    [InlineData("村民委员会")]
    [InlineData("李家超市")]
    [InlineData("Acme Ltd")]
    public void Organisations_stay_readable(string name) =>
        Assert.Equal(name, PersonalData.MaskParty(name));

    [Fact]
    public void Empty_values_pass_through()
    {
        Assert.Null(PersonalData.MaskParty(null));
        Assert.Equal("", PersonalData.MaskText(""));
    }
}
