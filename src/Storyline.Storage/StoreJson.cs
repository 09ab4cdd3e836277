using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Storage;

/// <summary>JSON settings for the columns that hold serialised analysis and lists.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
