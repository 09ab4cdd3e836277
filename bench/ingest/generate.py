#!/usr/bin/env python3
"""Writes N synthetic seed-like plain-text pages (headline, consent notice, body with quotes, related links,
a trailing headline list, a Source line and sometimes an embedded comment thread) into a folder.
Deterministic for a given seed; the words are invented, no data set is copied."""
import os, random, sys

PLACES = ["Eastgate", "Northmoor", "Kelvin Bay", "Ashford Vale", "Port Lisle", "Brannock", "Selby Cross", "Harwick"]
PEOPLE = ["Marta Olsen", "Tom Reyes", "Ana Lind", "Dev Patel", "Grace Mbeki", "Ivo Novak", "Lena Fischer", "Omar Haddad"]
TOPICS = ["bridge repairs", "rail strike", "flood defences", "school closures", "hospital funding", "port expansion", "tram line", "water shortage"]
VERBS = ["said", "told reporters", "warned", "added", "stated"]

def page(rng, i):
    topic = rng.choice(TOPICS); place = rng.choice(PLACES); who = rng.choice(PEOPLE)
    n = rng.randint(2, 40)
    lines = [f"{place} {topic}: officials confirm {n} sites affected in case {i}", "",
             f"Residents of {place} react to {topic} plan", "",
             "We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time. More info", ""]
    for p in range(rng.randint(4, 9)):
        lines.append(f"{who} {rng.choice(VERBS)}: \u201cThe {topic} in {place} affects {n + p} districts and we will act,\u201d "
                     f"as the council met on day {p} of the review of case {i}. " * rng.randint(1, 3))
        lines.append("")
        if p == 2:
            lines += [f"{rng.choice(PLACES)} mayor faces questions over {rng.choice(TOPICS)} [REPORT]",
                      f"Why {rng.choice(TOPICS)} matter to {rng.choice(PLACES)} [VIDEO]", ""]
    lines += [f"{rng.choice(PLACES)} {rng.choice(TOPICS)} latest" for _ in range(4)]
    lines += ["", "Source: Read Full Article", ""]
    if rng.random() < 0.3:
        k = rng.randint(3, 12)
        lines += [f"{k * 3} comments", ""]
        for c in range(k):
            lines += [f"  {c + 1}. Comment {c} on case {i}: I think the {topic} plan is {rng.choice(['fine', 'late', 'wrong'])}.", ""]
            if rng.random() < 0.5:
                lines += [f"    1. @{rng.choice(PEOPLE)} reply to comment {c}.", ""]
        lines += ["Leave a Reply", "", "Your email address will not be published. Required fields are marked *", ""]
    return "\n".join(lines)

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(42)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        with open(os.path.join(out, f"page{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(page(rng, i))

if __name__ == "__main__":
    main()
