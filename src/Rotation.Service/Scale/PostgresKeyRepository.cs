using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Rotation.Service.Scale;

/// <summary>
/// ASP.NET Core's data protection keys in the cluster's store, so that every API node signs and reads the web app's
/// session and anti-forgery cookies with the same keys, and a user signed in on one node is signed in on all.
/// </summary>
public sealed class PostgresKeyRepository(NpgsqlDataSource source) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = source.CreateCommand($"SELECT xml FROM {PostgresSchema.KeysTable}");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    /// <summary>A name is written once; two nodes making a key at once keep both, as the key ring expects.</summary>
    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = source.CreateCommand($"INSERT INTO {PostgresSchema.KeysTable} (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING");
        command.Parameters.AddWithValue("name", friendlyName);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
