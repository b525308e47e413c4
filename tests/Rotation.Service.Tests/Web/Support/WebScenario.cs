using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Web.Support;

/// <summary>Scenarios the web app's tests upload.</summary>
internal static class WebScenario
{
    /// <summary>
    /// Three offices and six people with Chinese names, seven posts and twelve months: solved to optimality in about a
    /// second, with one post or another left short every month (seven posts, six people).
    /// </summary>
    public const string Offices = """
        { "name": "三处联合轮岗试点", "horizon": { "start": "2027-01", "months": 12 },
          "offices": [ { "id": "net", "name": "网络安全和信息化办公室" }, { "id": "law", "name": "法律事务办公室" }, { "id": "vi", "name": "视觉形象管理办公室" } ],
          "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "net-1", "office": "net", "workNature": "w" }, { "id": "net-2", "office": "net", "workNature": "w" },
                     { "id": "law-1", "office": "law", "workNature": "w" }, { "id": "law-2", "office": "law", "workNature": "w" },
                     { "id": "vi-1", "office": "vi", "workNature": "w" }, { "id": "vi-2", "office": "vi", "workNature": "w" },
                     { "id": "vi-3", "office": "vi", "workNature": "w" } ],
          "cadres": [ { "id": "c1", "name": "张伟", "grade": 1, "post": "net-1", "since": "2025-01" },
                      { "id": "c2", "name": "王芳", "grade": 1, "post": "net-2", "since": "2025-06" },
                      { "id": "c3", "name": "李娜", "grade": 1, "post": "law-1", "since": "2024-03" },
                      { "id": "c4", "name": "刘洋", "grade": 1, "post": "law-2", "since": "2026-01" },
                      { "id": "c5", "name": "陈静", "grade": 1, "post": "vi-1", "since": "2025-09" },
                      { "id": "c6", "name": "杨磊", "grade": 1, "post": "vi-2", "since": "2026-03" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
        """;

    /// <summary>The post nobody holds at the start.</summary>
    public const string EmptyPost = "vi-3";

    /// <summary>Writes <paramref name="json"/> to a file to upload, named <paramref name="name"/>.</summary>
    public static string File(string json, string name)
    {
        var path = Path.Combine(TempFolder.Create(), name);
        System.IO.File.WriteAllText(path, json);
        return path;
    }
}
