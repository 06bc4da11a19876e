// `npm run eval`: scores the detector on the labelled dev set (../shared/eval/dev) through the path users have, the
// CLI's batch mode, on each set of records: the first batch, the two halves of the new records, and all of them.
// Usage: node scripts/eval.mjs [--set old|tune|heldout|all] [--quiet] [--show-heldout] [lang…]
//   Without --set: the figures of every set, and the errors of the records one may tune on (old and tune).
//   The errors of held-out records are never listed unless --show-heldout is given: whoever writes rules must not
//   read them, or the held-out figures stop telling how the rules generalise.
import { parseArgs } from "node:util";
import { runBatch } from "./audit-lib.mjs";
import {
  SETS, devAvailable, devDir, documentOf, formatErrors, formatFigures, formatRules, inSet, loadCorpus, recordVerdicts,
  ruleStats, score, setOf,
} from "./eval-score.mjs";

const usage = "usage: node scripts/eval.mjs [--set old|tune|heldout|all] [--quiet] [--show-heldout] [lang…]";
let options, languages;
try {
  ({ values: options, positionals: languages } = parseArgs({
    options: { set: { type: "string" }, quiet: { type: "boolean" }, "show-heldout": { type: "boolean" } },
    allowPositionals: true,
  }));
  if (options.set !== undefined && !(options.set in SETS)) throw new Error(`--set takes one of: ${Object.keys(SETS).join(", ")}`);
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const chosen = options.set;
if (!devAvailable()) {
  console.error(`No dev set at ${devDir}: the shared data (../shared beside the repository) is needed.`);
  process.exit(1);
}

const records = loadCorpus(devDir).filter((r) => languages.length === 0 || languages.includes(r.lang));
const answers = await runBatch(records.map((r) => ({ id: r.id, text: documentOf(r).text, lang: r.lang })));
const claimsById = new Map();
const unsupported = new Set();
for (const [id, answer] of answers) {
  if (answer.error) {
    console.error(`${id}: ${answer.error}`);
    process.exit(1);
  }
  if (answer.unsupported) unsupported.add(answer.lang);
  claimsById.set(id, answer.claims);
}

const shown = chosen ? [chosen] : Object.keys(SETS);
for (const set of shown) {
  const members = records.filter((r) => inSet(r, set));
  console.log(`\n# ${set}: ${SETS[set]} (${members.length} records)\n`);
  console.log(formatFigures(score(members, claimsById, { unsupported })));
  console.log("\nPer rule (flags on target sentences; wrong = on a named or none sentence):\n");
  console.log(formatRules(ruleStats(recordVerdicts(members, claimsById))));
}

if (!options.quiet) {
  const listed = records.filter((r) => (chosen ? inSet(r, chosen) : setOf(r) !== "heldout"));
  const hidden = options["show-heldout"] ? [] : listed.filter((r) => setOf(r) === "heldout");
  const errors = formatErrors(score(listed.filter((r) => !hidden.includes(r)), claimsById, { unsupported }));
  console.log(`\n# errors (${chosen ? `set ${chosen}` : "old and tune"})` + (errors ? "" : ": none"));
  if (hidden.length) console.log(`(the errors of ${hidden.length} held-out records are not shown: --show-heldout shows them)`);
  if (errors) console.log(errors);
}
