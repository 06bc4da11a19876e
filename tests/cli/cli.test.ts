// The built `anonymark` command, run as a user runs it: arguments, standard input, output, exit code.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import type { Claim } from "../../src/core/model/claim";
import { parseCsv } from "../support/csv";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli/anonymark.mjs");
const seedPage = join(root, "tests/fixtures/seed-mee-haftar.html");
const seedExpected: { mustFlag: { sentence: string }[]; mayFlag: unknown[] } = JSON.parse(
  readFileSync(join(root, "tests/fixtures/seed-mee-haftar.expected.json"), "utf8"),
);
const seedClaims = seedExpected.mustFlag.length;

/** The seed's claims: every must-flag one, plus perhaps the optional ones. */
function expectSeedCount(count: number) {
  expect(count).toBeGreaterThanOrEqual(seedClaims);
  expect(count).toBeLessThanOrEqual(seedClaims + seedExpected.mayFlag.length);
}

// Real article text: the seed's second and third paragraphs (French); a Reuters passage from the PolNeAR corpus
// (English, HuffPost 2016-07-14); an AFP dispatch from the OrangeSum corpus (French, 2020), with straight quotes.
const frenchText =
  "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle – attaché au parlement de " +
  "Tobrouk, rival du Gouvernement d’union nationale (GNA) soutenu par la communauté internationale – était venu à " +
  "Alger pour « négocier un accord de coopération avec l’armée algérienne ».\n\n" +
  "Dans les prochains jours, le président Abdelaziz Bouteflika devrait, toujours selon cette source diplomatique, " +
  "étudier un projet pour lequel les Algériens ont déjà posé une condition : la nécessité d’un consensus entre " +
  "Khalifa Haftar et le GNA.";
const englishText =
  "Bair could not be immediately reached for comment. A redacted copy of the 2013 FDIC inspector general’s memo seen " +
  "by Reuters said investigators were unable to determine exactly which files had been extracted from agency " +
  "computers. But a source familiar with the FDIC’s internal investigation said the areas of the regulator’s " +
  "network that were hacked suggested the intruders were seeking “economic intelligence.”";
const quotedText =
  '"Il plaisantait évidemment pour dénoncer la couverture médiatique absurde", a ensuite indiqué un responsable de ' +
  "la Maison Blanche, sous couvert d'anonymat.";

let workDir: string;

beforeAll(() => {
  execFileSync(process.execPath, ["build.mjs", "--cli"], { cwd: root, stdio: "pipe" });
  workDir = mkdtempSync(join(tmpdir(), "anonymark-cli-"));
}, 60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function anonymark(args: string[], stdin = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: workDir });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function writeFile(name: string, content: string): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

/** A one-line message on stderr, prefixed with the command's name. */
function expectOneLineError(run: Run, code: number, message: RegExp) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^anonymark: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}


const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("anonymark analyze", () => {
  test("with no file, reports the demo article's claims grouped by source", async () => {
    const run = await anonymark(["analyze"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^EXCLUSIF : Khalifa Haftar à Alger/);
    const [, claims] = /^(\d+) claims rest on \d+ unnamed sources\.$/m.exec(run.stdout) ?? [];
    expectSeedCount(Number(claims));
    const output = squash(run.stdout);
    for (const { sentence } of seedExpected.mustFlag) expect(output).toContain(squash(sentence));
    expect(output).toMatch(/une source sécuritaire \(security, anonymous, \d claims\)/);
  });

  test("--format json gives the article's metadata, its text and claims whose offsets index that text", async () => {
    const run = await anonymark(["analyze", seedPage, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.input).toBe(seedPage);
    expect(report.article.title).toBe("EXCLUSIF : Khalifa Haftar à Alger pour négocier un accord de coopération militaire");
    expect(report.lang).toBe("fr");
    expectSeedCount(report.claims.length);
    for (const claim of report.claims as Claim[]) expect(report.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  test("--format csv gives one header and one row per claim, quoted so that commas and quotes survive", async () => {
    const textFile = writeFile("quotes.txt", quotedText);
    const [csv, json] = await Promise.all([
      anonymark(["analyze", seedPage, textFile, "-f", "csv"]),
      anonymark(["analyze", seedPage, textFile, "-f", "json"]),
    ]);
    expect(csv.code).toBe(0);
    const [header, ...rows] = parseCsv(csv.stdout);
    // Hypothesis' export columns first, so that sheets built for it keep working; ours after them.
    expect(header!.slice(0, 9)).toEqual(["Created at", "Author", "Page", "URL", "Group", "Annotation/Reply Type", "Quote", "Comment", "Tags"]);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    const reports = JSON.parse(json.stdout) as { text: string; claims: Claim[] }[];
    const claims = reports.flatMap((report) => report.claims);
    expect(rows).toHaveLength(claims.length);
    expect(rows.map((row) => row.length)).toEqual(claims.map(() => header!.length));
    expect(column("Quote")).toEqual(claims.map((claim) => claim.text));
    expect(column("Source")).toEqual(claims.map((claim) => claim.source.text));
    expect(column("Start").map(Number)).toEqual(claims.map((claim) => claim.start));
    expect(column("Quote").at(-1)).toContain('"Il plaisantait');
  });

  test("--format md gives a Markdown report: the title, then a section per source with its claims", async () => {
    const [md, json] = await Promise.all([anonymark(["analyze", "--format=md"]), anonymark(["analyze", "-f", "json"])]);
    expect(md.code).toBe(0);
    const lines = md.stdout.split("\n");
    expect(lines[0]).toMatch(/^# .*EXCLUSIF : Khalifa Haftar à Alger pour négocier un accord de coopération militaire$/);
    const claims = JSON.parse(json.stdout).claims as Claim[];
    expect(lines.filter((line) => line.startsWith("## "))).toHaveLength(new Set(claims.map((claim) => claim.group)).size);
    for (const claim of claims) expect(md.stdout).toContain(claim.source.text);
    expect(md.stdout).toContain("Alger se serait montrée très ferme");
  });

  test("reads plain text from a .txt file, or from standard input with --text", async () => {
    const fromFile = await anonymark(["analyze", writeFile("article.txt", frenchText), "-f", "json"]);
    const fromStdin = await anonymark(["analyze", "--text", "-", "-f", "json"], frenchText);
    for (const run of [fromFile, fromStdin]) {
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.article).toBeNull();
      expect(report.text).toBe(frenchText);
      expect(report.claims.map((claim: Claim) => claim.source.text)).toEqual([
        "Une source diplomatique algérienne",
        "cette source diplomatique",
      ]);
    }
  });

  test("reads HTML from standard input", async () => {
    const run = await anonymark(["analyze", "-", "-f", "json"], readFileSync(seedPage, "utf8"));
    expect(run.code).toBe(0);
    expectSeedCount(JSON.parse(run.stdout).claims.length);
  });

  test("guesses the language of plain text, and --lang overrides it", async () => {
    const guessed = JSON.parse((await anonymark(["analyze", "--text", "-", "-f", "json"], englishText)).stdout);
    expect(guessed.lang).toBe("en");
    expect(guessed.claims.map((claim: Claim) => claim.source.text)).toContain(
      "a source familiar with the FDIC’s internal investigation",
    );
    const forced = JSON.parse((await anonymark(["analyze", "--text", "-", "-f", "json", "--lang", "fr"], englishText)).stdout);
    expect(forced.lang).toBe("fr");
  });

  test("several files give one report each, in argument order (json: an array)", async () => {
    const textFile = writeFile("several.txt", frenchText);
    const run = await anonymark(["analyze", textFile, seedPage, "-f", "json"]);
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout);
    expect(reports.map((report: { input: string }) => report.input)).toEqual([textFile, seedPage]);
    expect(reports[0].claims).toHaveLength(2);
    expectSeedCount(reports[1].claims.length);
  });

  test("a missing file is reported in one line, exit 1, and the other files are still analysed", async () => {
    expectOneLineError(await anonymark(["analyze", "missing.html"]), 1, /^anonymark: cannot read missing\.html: no such file\n$/);
    const run = await anonymark(["analyze", "missing.html", seedPage, "-f", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("anonymark: cannot read missing.html: no such file\n");
    expectSeedCount(JSON.parse(run.stdout).claims.length);
  });

  test("a page with no article is an analysis error (exit 1), not a crash", async () => {
    const page = writeFile("login.html", "<html><body><form><input name=user><button>Sign in</button></form></body></html>");
    expectOneLineError(await anonymark(["analyze", page]), 1, /no article found in .*login\.html/);
  });

  test("malformed HTML is analysed like a browser would read it", async () => {
    // The seed's body with its closing tags cut off and stray markup, as broken CMS output often is.
    const broken = readFileSync(seedPage, "utf8").replace(/<\/(p|div|article|main)>/g, "").replace(/<h2>/, "<h2><<b><i>");
    const run = await anonymark(["analyze", writeFile("broken.html", broken), "-f", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).claims.length).toBeGreaterThanOrEqual(seedClaims - 1);
  });

  test("a 1 MB page full of video embeds is analysed", async () => {
    // The seed's body, with its YouTube embed, repeated to 1 MB: hundreds of iframes, each of which could cost jsdom a
    // window of its own.
    const seed = readFileSync(seedPage, "utf8");
    const body = /<div class="article-body"[^>]*>([\s\S]*?)\n  <\/div>\n  <div class="share">/.exec(seed)![1]!;
    const copies = Math.ceil(1_000_000 / body.length);
    const page = writeFile("large.html", seed.replace(body, () => body.repeat(copies)));
    const run = await anonymark(["analyze", page, "-f", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).claims.length).toBeGreaterThanOrEqual(copies * (seedClaims - 1));
  }, 60_000);

  test("web addresses are refused: nothing is fetched (exit 2)", async () => {
    expectOneLineError(await anonymark(["analyze", "https://www.middleeasteye.net/fr"]), 2, /never goes online; save the page/);
  });

  test("a file:// URL names a local file", async () => {
    const run = await anonymark(["analyze", `file://${seedPage}`, "-f", "json"]);
    expect(run.code).toBe(0);
    expectSeedCount(JSON.parse(run.stdout).claims.length);
  });
});

describe("usage", () => {
  test.each([
    [["analyze", "--frobnicate"], /unknown option '--frobnicate'/],
    [["analyze", "--format", "xml"], /unknown format 'xml'/],
    [["analyze", "--format"], /option --format needs a value/],
    [["analyse"], /unknown command 'analyse'/],
    [[], /missing command/],
    [["analyze", "--lang", "tlh"], /no language data for 'tlh'/],
    [["batch", "--format", "csv"], /--format does not apply to batch/],
  ])("anonymark %j is a usage error (exit 2) that points to --help", async (args, message) => {
    const run = await anonymark(args);
    expectOneLineError(run, 2, message);
    expect(run.stderr).toContain("see anonymark --help");
  });

  test("--help describes the commands, --version prints the package version", async () => {
    const help = await anonymark(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/anonymark analyze \[FILE\|-\]\.\.\./);
    expect(help.stdout).toMatch(/anonymark batch/);
    const version = await anonymark(["--version"]);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(version).toEqual({ code: 0, stdout: `anonymark ${pkg.version}\n`, stderr: "" });
  });
});

describe("anonymark batch", () => {
  test("answers each line in order; a bad line gets an error record and the run goes on", async () => {
    const lines = [
      JSON.stringify({ id: "fr-1", text: frenchText }),
      "{not json",
      JSON.stringify({ id: "en-1", text: englishText, lang: "en" }),
      JSON.stringify({ id: 7, text: 42 }),
      JSON.stringify({ id: "page", html: readFileSync(seedPage, "utf8"), url: "http://127.0.0.1/seed.html" }),
      JSON.stringify({ text: "no id" }),
      JSON.stringify({ id: "bad-lang", text: frenchText, lang: "fr!" }),
    ];
    const run = await anonymark(["batch"], lines.join("\n") + "\n");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const answers = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.id)).toEqual(["fr-1", null, "en-1", 7, "page", null, "bad-lang"]);
    expect(answers.map((answer) => ("error" in answer ? "error" : "claims"))).toEqual(
      ["claims", "error", "claims", "error", "claims", "error", "error"],
    );
    expect(answers[0].claims).toHaveLength(2);
    expectSeedCount(answers[4].claims.length);
    expect(answers.map((answer) => answer.lang)).toEqual(["fr", undefined, "en", undefined, "fr", undefined, undefined]);
    for (const [index, text] of [[0, frenchText], [2, englishText]] as const) {
      for (const claim of answers[index].claims as Claim[]) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  test("says when a language has no data, rather than answering an empty list alone", async () => {
    const run = await anonymark(["batch"], JSON.stringify({ id: "x", text: englishText, lang: "fi" }) + "\n");
    expect(JSON.parse(run.stdout)).toEqual({ id: "x", lang: "fi", claims: [], unsupported: true });
    const supported = await anonymark(["batch"], JSON.stringify({ id: "y", text: englishText, lang: "en" }) + "\n");
    expect(JSON.parse(supported.stdout)).not.toHaveProperty("unsupported");
  });

  test("streams: each answer is written before the next line arrives", async () => {
    const child = spawn(process.execPath, [cli, "batch"], { cwd: workDir });
    child.stdout.setEncoding("utf8");
    const nextLine = () => new Promise<string>((resolve) => child.stdout.once("data", (chunk: string) => resolve(chunk)));
    child.stdin.write(JSON.stringify({ id: "a", text: frenchText }) + "\n");
    expect(JSON.parse(await nextLine()).id).toBe("a");
    child.stdin.write(JSON.stringify({ id: "b", text: englishText }) + "\n");
    expect(JSON.parse(await nextLine()).id).toBe("b");
    child.stdin.end();
    expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
  });
});
