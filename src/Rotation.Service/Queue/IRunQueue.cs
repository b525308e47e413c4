namespace Rotation.Service.Queue;

/// <summary>Hands a stored, queued run to whatever solves runs: the embedded dispatcher, or the job engine's workers.</summary>
public interface IRunQueue
{
    void Enqueue(string id);
}
