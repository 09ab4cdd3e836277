using System.Xml;
using System.Xml.Linq;

namespace Storyline.Core.Discussion.Import;

/// <summary>Loads untrusted XML with DTDs refused, no external resolution and a size ceiling.</summary>
public static class SafeXml
{
    /// <summary>Most characters an export may hold (64 Mi).</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    public static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new ThreadImportException($"not well-formed or unsafe XML: {e.Message}", e);
        }
    }
}
