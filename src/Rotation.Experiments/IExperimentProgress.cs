using Rotation.Experiments.Cells;

namespace Rotation.Experiments;

/// <summary>Told as an experiment runs: how many cells there are, then each cell as it finishes (from any thread).</summary>
public interface IExperimentProgress
{
    void Started(int cells, int parallel);

    void CellFinished(CellResult result);
}
