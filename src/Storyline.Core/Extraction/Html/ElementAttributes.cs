using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>The attributes the scorer reads, gathered in one pass over the element's attribute list.</summary>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? Role, bool Hidden, bool DeclaresBody, string? Itemprop, string? Rel)
{
    public static ElementAttributes Read(IElement element)
    {
        var attributes = element.Attributes;
        if (attributes.Length == 0) return default;
        string? cls = null, id = null, role = null, itemprop = null, rel = null;
        bool hidden = false, declares = false;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (attribute is null) continue;
            switch (attribute.Name)
            {
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "role": role = attribute.Value; break;
                case "hidden": hidden = true; break;
                case "style": hidden |= BoilerplateSignals.IsHiddenStyle(attribute.Value); break;
                case "rel": rel = attribute.Value; break;
                case "itemprop":
                    itemprop = attribute.Value;
                    declares = attribute.Value.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
                        || attribute.Value.Contains("reviewBody", StringComparison.OrdinalIgnoreCase);
                    break;
            }
        }
        return new ElementAttributes(cls, id, role, hidden, declares, itemprop, rel);
    }
}
