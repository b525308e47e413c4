using Rotation.Outputs.Handovers;

namespace Rotation.Outputs.Tests.Handovers;

public class AccessItemsTests
{
    [Theory]
    [InlineData("firewall root credentials")]
    [InlineData("contract archive keys")]
    [InlineData("SOC console accounts")]
    [InlineData("signing authority for opinions")]
    [InlineData("office seal")]
    [InlineData("服务器密码")]
    [InlineData("数据库密钥")]
    [InlineData("公众号账号")]
    [InlineData("电子签章")]
    [InlineData("办公室印章")]
    public void Access_granting_items_are_sensitive_in_English_and_Chinese(string item) =>
        Assert.True(AccessItems.IsSensitive(item));

    [Theory]
    [InlineData("incident response runbook")]
    [InlineData("keynote slides")]
    [InlineData("vendor contacts")]
    [InlineData("合同模板库")]
    public void Files_and_contacts_are_not_sensitive(string item) =>
        Assert.False(AccessItems.IsSensitive(item));
}
