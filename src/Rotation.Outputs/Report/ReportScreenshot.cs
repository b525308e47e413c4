using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Report;

/// <summary>report.png: the written report.html as headless Chromium renders it, sized to show the whole page.</summary>
public static class ReportScreenshot
{
    public const string File = "report.png";

    public static ChromiumRun Take(Scenario scenario, Plan plan, string directory)
    {
        var (width, height) = HtmlReport.PageSize(new PlanView(scenario, plan));
        return Chromium.Screenshot(Path.Combine(directory, HtmlReport.File), Path.Combine(directory, File), width, height);
    }
}
