using System.Globalization;
using Rotation.Outputs.Files;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Exchange;

/// <summary>
/// exchange.csv: the office × office matrix of moves, one line per office the moves leave (with its name), one column
/// per office they go to (by id), then the line's total; a last line totals each column.
/// </summary>
public static class ExchangeCsv
{
    public const string File = "exchange.csv";

    public static byte[] ToUtf8(PlanView view)
    {
        var exchange = OfficeExchange.Of(view);
        var n = exchange.Offices.Length;
        string[] header = ["from", "fromName", .. exchange.Offices.Select(o => $"to {o}"), "total"];
        var rows = Enumerable.Range(0, n).Select(i => (IReadOnlyList<string>)
            [exchange.Offices[i], view.OfficeName(exchange.Offices[i]), .. exchange.Count[i].Select(Number), Number(exchange.Out(i))]);
        IReadOnlyList<string> total = ["total", "", .. Enumerable.Range(0, n).Select(j => Number(exchange.In(j))), Number(view.Moves.Length)];
        return Csv.ToUtf8(header, rows.Append(total));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
