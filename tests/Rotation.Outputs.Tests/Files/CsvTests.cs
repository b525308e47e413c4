using System.Text;
using Rotation.Outputs.Files;

namespace Rotation.Outputs.Tests.Files;

public class CsvTests
{
    private static string Text(params string[] fields) => Encoding.UTF8.GetString(Csv.ToUtf8(["h"], [fields]));

    [Fact]
    public void The_file_starts_with_a_byte_order_mark_and_ends_lines_with_crlf() =>
        Assert.Equal("\uFEFFh\r\n张伟,x\r\n", Text("张伟", "x"));

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted() =>
        Assert.Equal("\uFEFFh\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", Text("a,b", "say \"hi\"", "two\nlines"));

    [Fact]
    public void A_field_Excel_would_run_as_a_formula_is_written_as_text() =>
        Assert.Equal("\uFEFFh\r\n'=HYPERLINK(1),'+1,'@x,plain\r\n", Text("=HYPERLINK(1)", "+1", "@x", "plain"));
}
