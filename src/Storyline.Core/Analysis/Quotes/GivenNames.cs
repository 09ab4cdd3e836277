using System.Collections.Frozen;

namespace Storyline.Core.Analysis.Quotes;

/// <summary>
/// Common given names by the pronoun news uses for their bearers, so "she said" is not given to the last man
/// quoted. A short hand-written list (no name data set is available to the project); unknown names match both.
/// </summary>
public static class GivenNames
{
    private static readonly FrozenSet<string> Female = new[]
    {
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
        "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "angela",
        "anna", "ana", "maria", "hillary", "nikki", "nancy", "kellyanne", "melania", "ivanka", "chelsea", "michelle",
        "elaine", "donna", "debbie", "claire", "kamala", "elizabeth", "gwen", "jill", "julia", "katie", "kate",
        "catherine", "christine", "christina", "olivia", "sophia", "emma", "angela", "theresa", "teresa", "marine",
        "irina", "olga", "natalia", "tatiana", "svetlana", "yulia", "jennifer", "heather", "rachel", "hannah",
        "megan", "lauren", "victoria", "helen", "diane", "janet", "joyce", "ruth", "virginia", "judith", "rosa",
        "carmen", "jane", "alice", "dana", "erin", "hope", "kelly", "rachael", "ursula", "ann", "anne", "martha",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Male = new[]
    {
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "frank",
        "gregory", "raymond", "samuel", "patrick", "alexander", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
        "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold", "jeremy", "ethan",
        "carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "austin", "noah", "lawrence",
        "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan", "bruce", "willie", "gabriel", "alan", "juan",
        "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell", "louis", "philip", "bobby",
        "johnny", "bradley", "barack", "bill", "bernie", "mike", "tim", "ted", "chris", "jeb", "marco", "rand",
        "mitch", "vladimir", "dmitry", "sergei", "frederik", "fred", "boris", "emmanuel", "xi", "reince", "rudy",
        "newt", "tom", "jim", "bob", "dan", "ben", "sam", "tony", "nick", "steve", "dave", "rick", "jeff", "greg",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="pronoun"/> (he/she) can refer to <paramref name="name"/>; unknown names can.</summary>
    public static bool Compatible(string pronoun, string name)
    {
        // The given name is the first known one before the surname: "Republican Donald Trump", "Sen. Bernie Sanders".
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            var male = Male.Contains(words[i]);
            var female = Female.Contains(words[i]);
            if (!male && !female) continue;
            if (pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)) return !male || female;
            if (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase)) return !female || male;
            return true;
        }
        return true;
    }
}
