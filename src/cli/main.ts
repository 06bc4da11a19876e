// The `anonymark` command: the extension's engine on files and streams (see `anonymark --help`).
import { version } from "../../package.json";
import { AnalysisError, analyzeInput, type Report } from "./analyze";
import { helpText, parseCommandLine, UsageError, type Command } from "./args";
import { runBatch } from "./batch";
import { formatReports } from "./format";

const exitCodes = { done: 0, analysisFailed: 1, usage: 2 } as const;

async function run(command: Command): Promise<number> {
  switch (command.name) {
    case "help":
      process.stdout.write(helpText);
      return exitCodes.done;
    case "version":
      process.stdout.write(`anonymark ${version}\n`);
      return exitCodes.done;
    case "batch":
      await runBatch(process.stdin, process.stdout, command.lang);
      return exitCodes.done;
    case "analyze": {
      // Each document is analysed even when an earlier one failed; the failures are reported and set the exit code.
      const inputs = command.inputs.length > 0 ? command.inputs : [undefined];
      const reports: Report[] = [];
      let failed = false;
      for (const input of inputs) {
        try {
          reports.push(await analyzeInput(input, command));
        } catch (error) {
          if (!(error instanceof AnalysisError)) throw error;
          complain(error.message);
          failed = true;
        }
      }
      if (reports.length > 0) process.stdout.write(formatReports(reports, command.format));
      return failed ? exitCodes.analysisFailed : exitCodes.done;
    }
  }
}

function complain(message: string): void {
  process.stderr.write(`anonymark: ${message}\n`);
}

// A reader that stops early (`anonymark analyze | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(exitCodes.done);
});

try {
  process.exitCode = await run(parseCommandLine(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) {
    complain(`${error.message}; see anonymark --help`);
    process.exitCode = exitCodes.usage;
  } else {
    complain(`unexpected error: ${(error as Error).message}`);
    process.exitCode = exitCodes.analysisFailed;
  }
}
