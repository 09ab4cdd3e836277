// Reads JSON lines {"id","text"} on stdin; prints {"id","entities":[{"start","end","type"}]} per line,
// using npm compromise's people / places / organizations (the peer run side by side with Storyline's tagger).
import nlp from 'compromise';
import readline from 'node:readline';

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  const doc = nlp(text);
  const entities = [];
  for (const [type, view] of [['PER', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]]) {
    for (const m of view.json({ offset: true })) {
      // compromise includes trailing punctuation and possessives in some terms: trim them off the span.
      let start = m.offset.start;
      let end = start + m.offset.length;
      let s = text.slice(start, end);
      const trimmed = s.replace(/(['’]s)?[\s.,;:!?)"”]+$/u, '').replace(/['’]s$/u, '');
      end = start + trimmed.length;
      const lead = trimmed.length - trimmed.replace(/^[\s("“]+/u, '').length;
      start += lead;
      if (end > start) entities.push({ start, end, type });
    }
  }
  process.stdout.write(JSON.stringify({ id, entities }) + '\n');
}
