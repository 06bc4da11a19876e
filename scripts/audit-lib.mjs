// What `npm run eval` and `npm run audit` share: the CLI's batch mode as a function, and the audit's judgements
// (reading the file, matching judgements to the flags of a run).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const cliPath = fileURLToPath(new URL("../dist/cli/anonymark.mjs", import.meta.url));

/**
 * Runs `anonymark batch` on the documents ({id, text | html, lang?, url?}) and resolves to a map id → answer
 * ({lang, claims, unsupported?} or {error}), as the CLI wrote it.
 */
export async function runBatch(documents) {
  const cli = spawn(process.execPath, [cliPath, "batch"], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  cli.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  const closed = new Promise((resolve, reject) => cli.on("error", reject).on("close", resolve));
  for (const doc of documents) cli.stdin.write(JSON.stringify(doc) + "\n");
  cli.stdin.end();
  const code = await closed;
  if (code !== 0) throw new Error(`anonymark batch exited with code ${code}`);
  const lines = output.split("\n").filter(Boolean);
  // Answers come in input order: a line without an id (it could not be read) still belongs to its document.
  return new Map(lines.map((line, i) => [documents[i].id, JSON.parse(line)]));
}

const VERDICTS = new Set(["right", "wrong"]);
const FIELDS = new Set(["doc", "start", "end", "verdict", "note"]);

/** What is wrong with one parsed judgement line, or null. */
function problemOf(judgement) {
  if (typeof judgement !== "object" || judgement === null || Array.isArray(judgement)) return "expected a JSON object";
  const unknown = Object.keys(judgement).find((key) => !FIELDS.has(key));
  if (unknown) return `unknown field "${unknown}" (fields: ${[...FIELDS].join(", ")})`;
  const { doc, start, end, verdict, note } = judgement;
  if (typeof doc !== "string" || doc === "") return '"doc" must be a document id';
  if (!Number.isInteger(start) || start < 0) return '"start" must be an offset (a whole number, 0 or more)';
  if (!Number.isInteger(end) || end <= start) return '"end" must be an offset after "start"';
  if (!VERDICTS.has(verdict)) return '"verdict" must be "right" or "wrong"';
  if (note !== undefined && typeof note !== "string") return '"note" must be a string';
  return null;
}

export const flagKey = (doc, start, end) => `${doc} ${start}-${end}`;

/**
 * The judgements of a JSON Lines file's text, each with its line number, keyed by flag (doc and offsets). Throws one
 * error listing every bad line (by number) and every flag judged twice.
 */
export function parseJudgements(text, fileName) {
  const judgements = new Map();
  const problems = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const lineNumber = index + 1;
    let judgement;
    try {
      judgement = JSON.parse(line);
    } catch (error) {
      problems.push(`${fileName}:${lineNumber}: not valid JSON (${error.message})`);
      return;
    }
    const problem = problemOf(judgement);
    if (problem) {
      problems.push(`${fileName}:${lineNumber}: ${problem}`);
      return;
    }
    const key = flagKey(judgement.doc, judgement.start, judgement.end);
    const earlier = judgements.get(key);
    if (earlier) problems.push(`${fileName}:${lineNumber}: ${key} is already judged on line ${earlier.line}`);
    else judgements.set(key, { ...judgement, line: lineNumber });
  });
  if (problems.length) throw new Error(problems.join("\n"));
  return judgements;
}

/**
 * Matches the flags of a run ({doc, claim}) with the judgements: each flag gets its judgement or none (unjudged);
 * judgements of the run's documents (`docs`, the ids analysed) whose flag no longer appears are stale. Judgements of
 * documents outside the run are left out.
 */
export function matchJudgements(flags, judgements, docs) {
  const seen = new Set();
  const matched = flags.map((flag) => {
    const key = flagKey(flag.doc, flag.claim.start, flag.claim.end);
    seen.add(key);
    return { ...flag, judgement: judgements.get(key) };
  });
  const stale = [...judgements].filter(([key, j]) => docs.has(j.doc) && !seen.has(key)).map(([, j]) => j);
  return { flags: matched, stale };
}
