// Mozilla Readability over the benchmark pages: node readability.mjs HTML_DIR OUT.json [LIMIT]
// Prints {"pages","seconds"} on stdout; seconds cover DOM building and extraction, not file reading.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [dir, out, limitArg] = process.argv.slice(2);
const limit = limitArg ? Number(limitArg) : Infinity;
const files = readdirSync(dir).filter(f => f.endsWith(".html.gz")).sort().slice(0, limit);
const pages = files.map(f => ({ id: f.replace(".html.gz", ""), html: gunzipSync(readFileSync(join(dir, f))).toString("utf8") }));
const virtualConsole = new VirtualConsole();
const output = {};
const start = process.hrtime.bigint();
for (const page of pages) {
  try {
    const dom = new JSDOM(page.html, { virtualConsole });
    const article = new Readability(dom.window.document).parse();
    output[page.id] = { articleBody: article && article.textContent ? article.textContent : "" };
    dom.window.close();
  } catch (e) {
    output[page.id] = { articleBody: "" };
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
writeFileSync(out, JSON.stringify(output));
console.log(JSON.stringify({ pages: pages.length, seconds }));
