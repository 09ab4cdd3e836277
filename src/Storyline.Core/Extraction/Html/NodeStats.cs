using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// What one scoring pass learnt about an element and its kept descendants. The pass keeps its own tree of these
/// (parent links and a pre-order position) so that later steps never look elements up by reference: a
/// reference-keyed dictionary over every element cost a quarter of the work after parsing (identity hash codes).
/// </summary>
internal sealed class NodeStats
{
    public NodeStats(IElement element, string tag, NodeStats? parent, int index)
    {
        Element = element;
        Tag = tag;
        Parent = parent;
        Index = index;
    }

    public IElement Element { get; }

    /// <summary>The element's local name.</summary>
    public string Tag { get; }

    /// <summary>The element's parent in the walk; null for the walk's root.</summary>
    public NodeStats? Parent { get; }

    /// <summary>The element's position in <see cref="ScoredTree.Entries"/> (pre-order).</summary>
    public int Index { get; }

    /// <summary>The position just after the element's subtree: its descendants sit between <see cref="Index"/> and here.</summary>
    public int End;

    /// <summary>The class attribute, compared between siblings.</summary>
    public string? Class;

    /// <summary>A boilerplate suspect dropped after the walk: it and its subtree are not article text.</summary>
    public bool Dropped;

    /// <summary>Some ancestor was dropped after the walk.</summary>
    public bool InsideDropped;

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
