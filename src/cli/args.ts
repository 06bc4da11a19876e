// The command line's grammar: turns argv into one command, or a UsageError that names what was wrong.
import { parseArgs } from "node:util";
import { supportedLanguages } from "../core/detect";
import { exportFormats } from "./exports";

export const formats = ["text", "json", ...exportFormats] as const;
export type Format = (typeof formats)[number];

export type Command =
  | { name: "help" }
  | { name: "version" }
  | { name: "analyze"; inputs: string[]; format: Format; lang: string | undefined; text: boolean }
  | { name: "batch"; lang: string | undefined };

/** A command line the CLI cannot run as written: exit code 2. */
export class UsageError extends Error {}

const options = {
  format: { type: "string", short: "f" },
  lang: { type: "string", short: "l" },
  text: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Options that only make sense for `analyze`. */
const analyzeOnly = ["format", "text"] as const;

export function parseCommandLine(argv: string[]): Command {
  const { values, positionals } = parseOrExplain(argv);
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const [command, ...inputs] = positionals;
  const lang = values.lang === undefined ? undefined : checkLanguage(values.lang);
  switch (command) {
    case "analyze":
      return { name: "analyze", inputs: inputs.map(checkInput), format: checkFormat(values.format ?? "text"), lang, text: values.text ?? false };
    case "batch": {
      const misplaced = analyzeOnly.find((name) => values[name] !== undefined);
      if (misplaced) throw new UsageError(`--${misplaced} does not apply to batch (its output is always JSON Lines)`);
      if (inputs.length > 0) throw new UsageError(`batch reads standard input and takes no file (got '${inputs[0]}')`);
      return { name: "batch", lang };
    }
    case "help":
      return { name: "help" };
    case undefined:
      throw new UsageError("missing command: analyze or batch");
    default:
      throw new UsageError(`unknown command '${command}' (commands: analyze, batch)`);
  }
}

function parseOrExplain(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own messages run to several sentences; the quoted option is what the user needs to see.
    const option = /'(?:-\w, )?(-[^' ]*)/.exec(String((error as Error).message))?.[1] ?? "";
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`option ${option} needs a value`);
    throw new UsageError(`unknown option '${option}'`);
  }
}

/** Web addresses are refused, not fetched: the product's promise is that nothing leaves or enters over the network. */
function checkInput(input: string): string {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input) && !/^file:/i.test(input)) {
    throw new UsageError(`cannot fetch ${input}: Anonymark never goes online; save the page (Ctrl+S) and pass the file`);
  }
  return input;
}

function checkFormat(format: string): Format {
  const known = formats.find((name) => name === format);
  if (!known) throw new UsageError(`unknown format '${format}' (formats: ${formats.join(", ")})`);
  return known;
}

/** Accepts any BCP 47 tag ("fr", "fr-CA", "EN") and keeps its primary subtag, as the detector's data is per language. */
function checkLanguage(tag: string): string {
  const lang = tag.split(/[-_]/)[0]!.toLowerCase();
  if (!supportedLanguages.includes(lang)) {
    throw new UsageError(`no language data for '${tag}' (languages: ${supportedLanguages.join(", ")})`);
  }
  return lang;
}

export const helpText = `Anonymark: find the claims in a news article that rest on unnamed sources.
Everything runs on this machine: Anonymark never goes online.

Usage:
  anonymark analyze [FILE|-]... [--format FORMAT] [--lang xx] [--text]
  anonymark batch [--lang xx] < documents.jsonl > results.jsonl
  anonymark --help | --version

analyze
  Reads each FILE as an HTML page (the article is extracted with Mozilla Readability first), or as plain text with
  --text or when its name ends in .txt. '-' reads standard input. A file:// URL names a local file. Web addresses
  (http://, https://) are refused: save the page in the browser (Ctrl+S) and pass the saved file.
  With no FILE, analyses the bundled demo article (Middle East Eye, 18 December 2016).

  -f, --format FORMAT  text (default): a report for reading, claims grouped by source
                       json: one object per document with the article's metadata, its text and its claims
                             (offsets index that text); several documents give an array, in argument order
                       md:   a Markdown report: the sourcing profile, then the claims by source with their checks
                       csv:  one row per claim (RFC 4180) under one header row: Hypothesis' columns, then ours
                             (source, category, anonymity, kind, cue, hedges, checks, link, start and end offsets)
                       web-annotation: W3C Web Annotation JSON-LD, an annotation per claim with its sourcing checks,
                             TextQuoteSelector and TextPositionSelector
                       hypothesis: the JSON that Hypothesis' "Import annotations" reads
                       claim-review: schema.org ClaimReview JSON-LD for claims with a verdict (none from the
                             command line, which has no reviews: an empty list)
                       Each claim links to its passage with a URL text fragment (#:~:text=). With several documents
                       the JSON formats give an array, in argument order.
  -l, --lang xx        the documents' language (${supportedLanguages.join(", ")}), instead of the one the page declares or
                       a guess from its words
      --text           read the input as plain text, not HTML

batch
  Reads JSON Lines on standard input, one document a line:
    {"id": "...", "text": "..." | "html": "...", "lang"?: "fr", "url"?: "https://..."}
  and writes one JSON line per input line, in the same order:
    {"id": "...", "lang": "fr", "claims": [...]}
  ("unsupported": true added when the language has no data: no claims were looked for).
  Offsets index "text", or the extracted article text for "html". A line that cannot be analysed gives
  {"id": ..., "error": "..."} and the run goes on. --lang sets the language of lines that give none.

Examples:
  anonymark analyze                                 the demo article
  anonymark analyze saved-article.html -f md > report.md
  anonymark analyze --text - < notes.txt
  anonymark batch < articles.jsonl > claims.jsonl

Exit codes: 0 done (batch: every line answered), 1 a document could not be read or analysed (no article found,
missing file), 2 the command line is wrong.
`;
