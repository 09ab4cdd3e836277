using System.Collections.Frozen;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis.Ner;

/// <summary>Words that tell the parts of a tagged name apart: personal titles before a person, head nouns of buildings.</summary>
internal static class NameParts
{
    private static readonly FrozenSet<string> PersonalTitles = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "President", "Mayor", "Minister", "Chancellor", "Senator",
        "Governor", "Congressman", "Congresswoman", "Secretary", "Premier", "Ambassador", "Sheikh", "Ayatollah",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Head nouns of buildings and venues.</summary>
    private static readonly FrozenSet<string> Facilities = new[]
    {
        "Hall", "Auditorium", "Grill", "Garage", "Station", "Stadium", "Arena", "Airport", "Bridge", "Mall", "Restaurant",
        "Cafe", "Café", "Bar", "Pub", "Hotel", "Motel", "Theater", "Theatre", "Church", "Cathedral", "Temple", "Mosque",
        "Palace", "Castle", "Tower",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Head nouns that make a multi-word name an organisation ("Calder Maritime Union", "Harbour Council").</summary>
    private static readonly FrozenSet<string> OrganisationHeads = new[]
    {
        "Union", "Council", "Ministry", "Party", "Committee", "Association", "Company", "Corporation", "Corp", "Inc",
        "Ltd", "LLC", "Group", "Agency", "Authority", "Commission", "Institute", "Foundation", "Federation", "Bank",
        "University", "College", "Department", "Society", "League", "Ferries", "Airlines", "Airways", "Railways",
        "Trust", "Board", "Bureau", "Service", "Services", "Police", "Army", "Navy", "Club", "Press", "News", "Times",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is the head noun of an organisation's name ("Union", "Ministry", "Ferries").</summary>
    public static bool IsOrganisationHead(ReadOnlySpan<char> word) => OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'));

    /// <summary>Whether <paramref name="word"/> is the head noun of a building or venue ("Hall", "Station", "Grill").</summary>
    public static bool IsFacility(ReadOnlySpan<char> word) => Facilities.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// The first token of a person's name that follows a personal title inside [first, last) ("Gov. Chris
    /// Christie"), or -1. Only titles that never open an organisation's name ("General Motors", "Justice
    /// Department" stay whole), and only one to three capitalised words after them.
    /// </summary>
    public static int PersonAfterTitle(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = last - 2; k >= first; k--)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length).TrimEnd('.');
            if (!PersonalTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) continue;
            var name = k + 1;
            if (name < last && text[tokens[name].Start] == '.') name++;
            if (last - name is < 1 or > 3) return -1;
            for (var m = name; m < last; m++)
                if (!char.IsUpper(text[tokens[m].Start]) && text[tokens[m].Start] != '-') return -1;
            return name;
        }
        return -1;
    }
}
