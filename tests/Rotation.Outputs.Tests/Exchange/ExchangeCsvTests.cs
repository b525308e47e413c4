using System.Text;
using Rotation.Outputs.Exchange;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Outputs.Tests.Exchange;

public class ExchangeCsvTests
{
    [Fact]
    public void The_matrix_counts_moves_from_the_row_office_to_the_column_office()
    {
        var x = OfficeExchange.Of(Tiny.View);

        Assert.Equal(["a", "b"], x.Offices.ToArray());
        Assert.Equal([[0, 1], [1, 0]], x.Count.Select(row => row.ToArray()).ToArray());
    }

    [Fact]
    public void The_file_has_a_line_per_office_and_a_total_line()
    {
        var text = Encoding.UTF8.GetString(ExchangeCsv.ToUtf8(Tiny.View));

        Assert.Equal("\uFEFFfrom,fromName,to a,to b,total\r\na,Office A,0,1,1\r\nb,Office B,1,0,1\r\ntotal,,1,1,2\r\n", text);
    }

    [Fact]
    public void The_seed_matrix_adds_up_to_every_move()
    {
        var records = CsvText.Records(ExchangeCsv.ToUtf8(Seed.View));

        Assert.Equal([.. Seed.Scenario.Offices.Select(o => o.Id), "total"], records.Select(r => r["from"]));
        Assert.Equal(Seed.Plan.Terms.Moves.ToString(), records[^1]["total"]);
        Assert.Equal(Seed.Plan.Terms.Moves, records[..^1].Sum(r => long.Parse(r["total"])));
    }
}
