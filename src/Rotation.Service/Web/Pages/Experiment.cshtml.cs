using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rotation.Experiments.Reports;
using Rotation.Service.Api;
using Rotation.Service.Options;
using Rotation.Service.Storage;

namespace Rotation.Service.Web.Pages;

/// <summary>
/// One policy experiment: its cells' runs as they go (reloading while any is in flight), then each figure's mean by
/// variant and its paired difference to the baseline, with the charts.
/// </summary>
public sealed class ExperimentModel(IExperimentStore experiments, IRunStore runs, IRunFolders folders, ServiceOptions options) : PageModel
{
    /// <summary>The figures the page tables; summary.md and the charts have them all.</summary>
    public static readonly IReadOnlyList<string> Shown = ["objective", "moves", "crossOffice", "vacancy", "movers", "preference"];

    public ExperimentView? View { get; private set; }

    public string? Baseline => View?.Summary?.GetProperty("baseline").GetString();

    public void OnGet(string id)
    {
        if (ExperimentEndpoints.Find(id, experiments) is { } record) View = ExperimentView.Of(record, runs, folders, options);
    }

    public static string Label(string key) => ExperimentKpis.Get(key).Label;

    /// <summary>A variant's figure from summary.json: its mean and 95 % interval.</summary>
    public string Estimate(string variant, string key) =>
        View?.Summary?.GetProperty("variants").GetProperty(variant).GetProperty(key) is { } e
            ? $"{Number(e, "mean")} ({Number(e, "ciLow")} … {Number(e, "ciHigh")})"
            : "";

    /// <summary>A variant's paired difference to the baseline with its interval and p-value; empty for the baseline.</summary>
    public string Difference(string variant, string key) =>
        View?.Summary?.GetProperty("paired") is { } paired && paired.TryGetProperty(variant, out var v) && v.GetProperty(key) is var d
            ? $"{Number(d, "meanDiff")} ({Number(d, "ciLow")} … {Number(d, "ciHigh")}), p {Number(d, "p", "0.000")}"
            : "baseline";

    private static string Number(JsonElement e, string key, string format = "0.##") =>
        e.GetProperty(key) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble().ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "–";
}
