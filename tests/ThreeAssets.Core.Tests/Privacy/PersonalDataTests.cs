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

    [Theory]
    [InlineData("张三丰 13812345678", "张** 138****5678")]
    [InlineData("13812345678 张三丰", "138****5678 张**")]
    [InlineData("张三丰13812345678", "张**138****5678")]
    [InlineData("张三丰 电话13812345678", "张** 电话138****5678")]
    [InlineData("张三丰（身份证 110101199001011234）", "张**（身份证 110101********1234）")]
    [InlineData("张三丰（身份证号：11010119900101123X）", "张**（身份证号：110101********123X）")]
    [InlineData("张三丰 6222 0212 3456 7890", "张** **** **** **** 7890")]
    public void A_name_beside_a_number_is_masked_as_well_as_the_number(string party, string masked) =>
        Assert.Equal(masked, PersonalData.MaskParty(party));

    [Theory]
    [InlineData("张三丰/李四", "张**/李*")]
    [InlineData("张三丰、李四", "张**、李*")]
    [InlineData("张三丰，李四", "张**，李*")]
    [InlineData("张三丰 李四", "张** 李*")]
    [InlineData("张三丰和李四", "张*****")]
    [InlineData("张三等3人", "张**3人")]
    [InlineData("买买提·艾力", "买**·艾*")]
    public void Each_of_several_names_in_one_cell_is_masked(string party, string masked) =>
        Assert.Equal(masked, PersonalData.MaskParty(party));

    [Theory]
    [InlineData("桃源村股份经济合作社 张三", "桃源村股份经济合作社 张*")]
    [InlineData("桃源村股份经济合作社（经办 张三丰）", "桃源村股份经济合作社（经办 张**）")]
    [InlineData("青河县建筑工程有限公司张三丰", "青河县建筑工程有限公司张**")]
    [InlineData("中国农业银行桃源支行 6222021234567890123", "中国农业银行桃源支行 ***************0123")]
    [InlineData("桃源小学/李四", "桃源小学/李*")]
    public void An_organisation_beside_a_person_keeps_its_name_and_the_person_is_masked(string party, string masked) =>
        Assert.Equal(masked, PersonalData.MaskParty(party));

    [Theory]
    [InlineData("Zhang Sanfeng", "Z**** S******")]
    [InlineData("ZHANG San 13812345678", "Z**** S** 138****5678")]
    [InlineData("John Smith/张三", "J*** S****/张*")]
    [InlineData("Acme Trading Co., Ltd.", "Acme Trading Co., Ltd.")]
    [InlineData("Bank of China", "Bank of China")]
    public void Latin_and_pinyin_names_keep_only_their_initials_and_companies_stay(string party, string masked) =>
        Assert.Equal(masked, PersonalData.MaskParty(party));

    // In a party cell a word that is neither an organisation nor a label is treated as private. Free text (摘要,
    // 备注) is masked for numbers only: guessing names in sentences would garble place and item names.
    [Fact]
    public void An_unknown_word_in_a_party_cell_is_private_but_free_text_keeps_its_words()
    {
        Assert.Equal("付*****", PersonalData.MaskParty("付张三丰工资"));
        Assert.Equal("付张三丰工资 138****5678", PersonalData.MaskText("付张三丰工资 13812345678"));
    }

    [Fact]
    public void Empty_values_pass_through()
    {
        Assert.Null(PersonalData.MaskParty(null));
        Assert.Equal("", PersonalData.MaskText(""));
    }
}
