namespace Storyline.Core.Extraction.Html;

/// <summary>What one scoring pass learnt about an element and its kept descendants.</summary>
internal sealed class NodeStats
{
    /// <summary>Visible non-whitespace characters.</summary>
    public int Text;

    /// <summary>Of <see cref="Text"/>, the characters inside links.</summary>
    public int LinkText;

    /// <summary>Of <see cref="Text"/>, the characters in scored paragraphs: prose rather than menus, labels or link lists.</summary>
    public int Prose;

    public int Commas;

    /// <summary>Characters and commas of the element's own text nodes (text written straight into a div among blocks).</summary>
    public int DirectText;
    public int DirectCommas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Embeds;
    public bool HasBlockChild;

    /// <summary>The element's name or role says boilerplate; it is dropped at its end unless it holds most of the page.</summary>
    public bool NameSuspect;

    /// <summary>The element is, or contains, the body the page declares (schema.org articleBody).</summary>
    public bool DeclaredBody;

    /// <summary>Class and id weight (±25).</summary>
    public int Weight;

    /// <summary>Content score gathered from the paragraphs below; meaningful when <see cref="IsCandidate"/>.</summary>
    public double Score;
    public bool IsCandidate;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    /// <summary>The score once links are discounted: a block of links is not an article.</summary>
    public double FinalScore => Score * (1 - LinkDensity);

    public void Subtract(NodeStats child)
    {
        Text -= child.Text;
        LinkText = Math.Max(0, LinkText - child.LinkText);
        Commas -= child.Commas;
        Prose -= child.Prose;
        Paragraphs -= child.Paragraphs;
        Images -= child.Images;
        ListItems -= child.ListItems;
        Inputs -= child.Inputs;
        Embeds -= child.Embeds;
    }

    public void Add(NodeStats child)
    {
        Text += child.Text;
        LinkText += child.LinkText;
        Commas += child.Commas;
        Prose += child.Prose;
        Paragraphs += child.Paragraphs;
        Images += child.Images;
        ListItems += child.ListItems;
        Inputs += child.Inputs;
        Embeds += child.Embeds;
    }
}
