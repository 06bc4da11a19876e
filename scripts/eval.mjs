// `npm run eval`: scores the detector on the dev corpus and on the extra sentences, each on its own, through the path
// users have, the CLI's batch mode.
// Usage: node scripts/eval.mjs [--quiet] [lang…]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { documentOf, formatReport, loadCorpus, score } from "./eval-score.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const languages = args.filter((a) => !a.startsWith("--"));
// The development set, and the extra real sentences kept apart to check that rules generalise.
const sets = ["dev", "extra"];
const corpus = new Map(
  sets.map((set) => [set, loadCorpus(`${root}tests/eval/${set}`).filter((r) => languages.length === 0 || languages.includes(r.lang))]),
);

const cli = spawn(process.execPath, [`${root}dist/cli/anonymark.mjs`, "batch"], { stdio: ["pipe", "pipe", "inherit"] });
let output = "";
cli.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
for (const record of [...corpus.values()].flat()) {
  const { id, text, lang } = documentOf(record);
  cli.stdin.write(JSON.stringify({ id, text, lang }) + "\n");
}
cli.stdin.end();
const code = await new Promise((resolve) => cli.on("close", resolve));
if (code !== 0) {
  console.error(`anonymark batch exited with code ${code}`);
  process.exit(1);
}

const claimsById = new Map();
for (const line of output.split("\n").filter(Boolean)) {
  const answer = JSON.parse(line);
  if (answer.error) {
    console.error(`${answer.id}: ${answer.error}`);
    process.exit(1);
  }
  claimsById.set(answer.id, answer.claims);
}
for (const [set, records] of corpus) {
  if (records.length === 0) continue;
  console.log(`\n# ${set} (tests/eval/${set})\n`);
  console.log(formatReport(score(records, claimsById), { errors: !quiet }));
}
