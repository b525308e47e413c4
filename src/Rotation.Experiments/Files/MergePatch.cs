using System.Text.Json.Nodes;

namespace Rotation.Experiments.Files;

/// <summary>
/// JSON Merge Patch (RFC 7396): an object patch merges into the target key by key, a null removes the key, anything
/// else (arrays included) replaces the target's value whole. The target is not changed; a patched copy is returned.
/// </summary>
public static class MergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target is JsonObject targetObject ? targetObject.DeepClone().AsObject() : [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = Apply(result[name], value);
        }
        return result;
    }
}
