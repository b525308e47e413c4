using Rotation.Outputs.Handovers;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Handovers;

public class HandoverCsvTests
{
    [Fact]
    public void The_seed_plan_gives_the_golden_file() =>
        Golden.Matches("Handovers/golden/handovers.csv", HandoverCsv.ToUtf8(Seed.View));

    [Fact]
    public void Every_handover_row_of_the_plan_appears_once_in_month_then_office_order()
    {
        var records = CsvText.Records(HandoverCsv.ToUtf8(Seed.View));

        var expected = Seed.Plan.Handovers
            .OrderBy(h => h.Month, StringComparer.Ordinal)
            .ThenBy(h => Seed.View.OfficeOrder(Seed.View.OfficeOf(h.Post)))
            .Select(h => string.Join("|", h.Month, h.Post, h.From ?? "", h.To ?? "", h.WindowStart.ToString("yyyy-MM-dd"),
                h.WindowEnd.ToString("yyyy-MM-dd"), string.Join("; ", h.Items)));
        Assert.Equal(expected, records.Select(r => string.Join("|", r["month"], r["post"], r["from"], r["to"], r["windowStart"],
            r["windowEnd"], r["items"])));
        Assert.Equal(Seed.Plan.Handovers.Length, records.Count);
    }

    [Fact]
    public void Names_are_written_in_Chinese_and_windows_count_the_policy_working_days()
    {
        var records = CsvText.Records(HandoverCsv.ToUtf8(Seed.View));

        var first = records.First(r => r["from"] == "c02");
        Assert.Equal("王芳", first["fromName"]);
        Assert.All(records, r => Assert.Equal(Seed.Scenario.Policy.HandoverDays.ToString(), r["workingDays"]));
    }

    [Fact]
    public void An_outgoing_holder_of_credentials_gets_a_revoke_and_transfer_line()
    {
        var records = CsvText.Records(HandoverCsv.ToUtf8(Seed.View));

        var secops = records.First(r => r["post"] == "cyber-secops-1" && r["from"] == "c02");
        Assert.Equal("SOC console admin credentials; firewall root credentials", secops["accessItems"]);
        Assert.Equal("王芳 (c02): revoke own access to SOC console admin credentials, firewall root credentials by 2026-12-31 " +
                     "and transfer it to 李娜 (c03)", secops["revokeAndTransfer"]);
    }
}
