import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANALYZE_USAGE, runAnalyze } from './analyze';
import { BATCH_USAGE, runBatchCommand } from './batch/command';
import { EXTRACT_USAGE, runExtract } from './extract';
import { runScan, SCAN_USAGE } from './scan';
import type { LineWriter } from './output';

/** One `sockscope` sub-command. */
interface Command {
  usage: string;
  summary: string;
  run: (args: string[], out: LineWriter) => Promise<number>;
}

/** The sub-commands. Adding one is one line. */
const COMMANDS: Record<string, Command> = {
  extract: { usage: EXTRACT_USAGE, summary: 'list the authors found in a saved page', run: runExtract },
  analyze: { usage: ANALYZE_USAGE, summary: 'saved page → evidence export (CSV, JSON, avatars, STIX)', run: runAnalyze },
  scan: { usage: SCAN_USAGE, summary: 'check images for StyleGAN eye geometry (JSON lines with --json)', run: runScan },
  batch: { usage: BATCH_USAGE, summary: 'a whole archive or image folder on every core → Parquet tables (resumable, shardable)', run: runBatchCommand },
};

/** Usage text for all commands. */
function helpLines(): string[] {
  const lines = ['usage: sockscope <command> [options]', '', 'commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${command.summary}`, `            ${command.usage}`);
  lines.push(`  ${'help'.padEnd(9)} show this help`);
  return lines;
}

/** Dispatch `argv` (without node and script) to a sub-command; returns the exit code. */
export async function main(argv: string[], out: LineWriter = (line) => console.log(line)): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    for (const line of helpLines()) out(line);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`[sockscope] unknown command "${name}"; try: sockscope help`);
    return 2;
  }
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
