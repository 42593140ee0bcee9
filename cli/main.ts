import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANALYZE_USAGE, runAnalyze } from './analyze';
import { BATCH_USAGE, runBatchCommand } from './batch/command';
import { EXTRACT_USAGE, runExtract } from './extract';
import { runScan, SCAN_USAGE } from './scan';
import type { LineWriter } from './output';
import { takeLocale, useCliMessages } from './locale';

/** One `sockscope` sub-command. */
interface Command {
  usage: string;
  summary: string;
  /** A command line that works from the repository root (on its own fixtures). */
  example: string;
  run: (args: string[], out: LineWriter) => Promise<number>;
}

/** The sub-commands. Adding one is one line. */
const COMMANDS: Record<string, Command> = {
  extract: { usage: EXTRACT_USAGE, summary: 'list the authors found in a saved page', example: 'sockscope extract --json cli/fixtures/investigation/x-maria_bakes-2019-05-01.mhtml', run: runExtract },
  analyze: {
    usage: ANALYZE_USAGE,
    summary: 'saved page → evidence export (CSV, JSON, avatars, STIX)',
    example: 'sockscope analyze cli/fixtures/investigation/*.mhtml --known-tweets cli/fixtures/investigation/io_tweets.csv --out case.zip',
    run: runAnalyze,
  },
  scan: { usage: SCAN_USAGE, summary: 'check images for StyleGAN eye geometry (JSON lines with --json)', example: 'sockscope scan --json ~/Downloads/avatars', run: runScan },
  batch: {
    usage: BATCH_USAGE,
    summary: 'a whole archive or image folder on every core → Parquet tables (resumable, shardable)',
    example: 'sockscope batch io_archive.zip --out run1 --workers 4',
    run: runBatchCommand,
  },
};

/** True when the arguments ask for help (before a `--` that ends the options). */
function asksHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** One command's help: what it does, its usage and an example. */
function commandHelp(name: string, command: Command): string[] {
  return [`sockscope ${name}: ${command.summary}`, '', `usage: ${command.usage}`, '', `example: ${command.example}`];
}

/** Usage text for all commands. */
function helpLines(): string[] {
  const lines = ['usage: sockscope [--locale <lang>] <command> [options]', '', 'commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${command.summary}`, `            ${command.usage}`);
  lines.push(`  ${'help'.padEnd(9)} show this help; \`sockscope <command> --help\` shows one command's, with an example`);
  return lines;
}

/** Write the lines; 0, the exit code of a help. */
function writeAll(lines: readonly string[], out: LineWriter): number {
  for (const line of lines) out(line);
  return 0;
}

/** Dispatch `argv` (without node and script) to a sub-command; returns the exit code. */
export async function main(argv: string[], out: LineWriter = (line) => console.log(line), env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  // Sentences for people (scan's lines) follow --locale or LANG; files and JSON stay English, as tools read them.
  const { locale, args } = takeLocale(argv, env);
  useCliMessages(locale);
  const [name, ...rest] = args;
  // `sockscope help batch` reads as `sockscope batch --help`.
  const topic = name === 'help' && rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
  if (topic) return writeAll(commandHelp(rest[0]!, topic), out);
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    writeAll(helpLines(), out);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`[sockscope] unknown command "${name}"; try: sockscope help`);
    return 2;
  }
  if (asksHelp(rest)) return writeAll(commandHelp(name, command), out);
  return command.run(rest, out);
}

/** True when this file is the process entry (`npx tsx cli/main.ts …`), not an import. */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntry()) process.exitCode = await main(process.argv.slice(2));
