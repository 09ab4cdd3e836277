using System.Collections.Frozen;

namespace Storyline.Core.Analysis.Quotes;

/// <summary>The words that introduce or close a quotation, and the words that stand for an earlier speaker.</summary>
public static class CueWords
{
    /// <summary>Speech and writing verbs in the forms news uses them.</summary>
    public static readonly FrozenSet<string> Verbs = new[]
    {
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "asked", "asks",
        "stated", "states", "explained", "explains", "wrote", "writes", "writing", "tweeted", "tweets", "posted",
        "declared", "declares", "noted", "notes", "insisted", "insists", "argued", "argues", "continued", "continues",
        "replied", "replies", "responded", "responds", "warned", "warns", "warning", "claimed", "claims", "recalled",
        "recalls", "acknowledged", "announced", "admitted", "admits", "remarked", "commented", "suggested",
        "suggests", "concluded", "observed", "reported", "urged", "joked", "cautioned", "testified", "emphasized",
        "emphasised", "stressed", "predicted", "vowed", "promised", "countered", "shouted", "yelled", "wondered",
        "mused", "quipped", "boasted", "complained", "conceded", "confirmed", "exclaimed", "lamented", "pleaded",
        "screamed", "whispered", "answered", "agreed", "tweeting", "describing", "described", "called", "calling",
        "announcing", "read", "reads", "chanted", "sang", "texted", "messaged", "blasted", "slammed", "charged",
        "maintained", "added:", "pointed", "went", "according", "quoted", "quoting", "cited", "explaining", "noting",
        "insisting", "arguing", "stating", "declaring", "recounted", "reiterated", "thundered", "proclaimed", "sings", "sang", "shouting", "yelling", "writing", "tweeting", "posting",
        "insisted", "testifying", "quipping", "joking", "adding", "asking", "demanded", "asserted", "asserts",
        "scolded", "bemoaned", "yells", "shouts", "screams", "retorted", "snapped", "scoffed", "mocked", "gushed",
        "fumed", "ranted", "chided", "opined", "acknowledges", "announces", "concedes", "confirms",
        "predicts", "vows", "urges", "jokes", "cautions", "testifies", "stresses", "emphasizes", "complains",
        "laments", "pleads", "whispers", "answers", "recounts", "reiterates", "observes", "concludes", "marveled",
        "interjected", "elaborated", "clarified", "counters", "contended", "contends", "sniped",
        "barked", "boomed", "bellowed", "huffed", "sighed", "laughed", "agrees", "remembered",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that with "back" answer someone ("shot back", "fired back", "hit back").</summary>
    public static readonly FrozenSet<string> BackVerbs = new[] { "shot", "shoots", "fired", "fires", "hit", "hits", "struck", "pushed", "pushes", "wrote", "writes" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Pronouns that refer back to the last named person speaker.</summary>
    public static readonly FrozenSet<string> PersonPronouns = new[] { "he", "she", "i" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns that refer back to the last group.</summary>
    public static readonly FrozenSet<string> GroupPronouns = new[] { "they", "we", "it" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that, after "the", stand for an organisation named before ("the group said").</summary>
    public static readonly FrozenSet<string> GroupNouns = new[]
    {
        "group", "company", "council", "ministry", "organisation", "organization", "agency", "party", "campaign",
        "department", "government", "committee", "firm", "team", "union", "statement", "office", "club", "board",
        "association", "network", "channel", "newspaper", "paper", "outlet", "site", "website", "embassy", "kremlin",
        "administration", "court", "commission", "foundation", "institute", "bank", "police", "army", "military",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a speaker phrase after an inverted cue ("said Smith in a statement").</summary>
    public static readonly FrozenSet<string> PhraseStops = new[]
    {
        "in", "on", "at", "to", "during", "after", "before", "while", "when", "last", "this", "on", "as", "about",
        "with", "from", "that", "and", "but", "because", "earlier", "later", "yesterday", "today", "tuesday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that start sentences or name days and months, never a speaker.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "After", "Before", "On",
        "In", "But", "And", "When", "While", "The", "This", "That", "It", "As", "At", "For", "If", "Then", "So", "Also",
        "Still", "Yet", "Asked", "Speaking", "Later", "Earlier", "Now", "Today", "Yesterday", "I", "We", "They", "He", "She",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open an unnamed noun phrase ("a spokesman", "several groups").</summary>
    public static bool IsDeterminer(string word) => word.ToLowerInvariant() is "a" or "an" or "the" or "one" or "another" or "some" or "several" or "many" or "two" or "three" or "other" or "his" or "her" or "their" or "its" or "both" or "most" or "few" or "no";
}
