using Storyline.Core.Clustering;

namespace Storyline.Core.Tests.Clustering;

/// <summary>Small synthetic articles (written for these tests) about invented events.</summary>
internal static class Articles
{
    public static readonly DateTimeOffset Day0 = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    public const string RiverdaleShooting =
        "Two men were wounded late Saturday in a shooting outside the Blue Heron bar on Maple Street in Riverdale, police said. " +
        "Officers found Marcus Delgado, 24, and Tyrell Okafor, 31, with gunshot wounds shortly after 11 p.m. " +
        "Both were taken to Riverdale General Hospital in stable condition. Detective Joan Whitcombe said a dark sedan " +
        "was seen leaving Maple Street and asked witnesses to call the Riverdale Police Department.";

    public const string RiverdaleShootingRewritten =
        "Riverdale police are looking for a dark sedan after Marcus Delgado, 24, and Tyrell Okafor, 31, were shot outside " +
        "the Blue Heron bar on Maple Street on Saturday night. Detective Joan Whitcombe said both men are expected to " +
        "survive. The Blue Heron owner said the bar would stay closed on Sunday while detectives collect video.";

    public const string OtherRiverdaleShooting =
        "A 67-year-old woman was killed Tuesday when gunfire struck her home on Birch Avenue in Riverdale, police said. " +
        "Relatives identified her as Evelyn Marsh, a retired teacher. Riverdale police said the shots came from a " +
        "passing car and no arrest has been made. Detective Samuel Greer asked anyone with information to call police.";

    public const string HarbourFire =
        "A fire destroyed three warehouses at the Port Ellison harbour on Monday, the fire brigade said. Chief officer " +
        "Hanna Lindqvist said nobody was hurt and the cause of the blaze is being investigated. Ferries to Skarholm were " +
        "cancelled for the day while crews cooled the remains of the warehouses.";

    public static ClusterDocument Doc(string id, string title, string text, string source, double days = 0) => new()
    {
        Id = id,
        Title = title,
        Text = text,
        Source = source,
        Published = Day0.AddDays(days),
    };
}
