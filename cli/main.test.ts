import { describe, expect, it } from 'vitest';
import { main } from './main';

const run = async (...argv: string[]): Promise<{ code: number; text: string }> => {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
};

describe('sockscope --help', () => {
  it.each(['extract', 'analyze', 'scan', 'batch'])('%s answers --help and -h with its usage and an example, and runs nothing', async (name) => {
    for (const flag of ['--help', '-h']) {
      const { code, text } = await run(name, flag);
      expect(code).toBe(0);
      expect(text).toMatch(new RegExp(`^usage: sockscope ${name} `, 'm'));
      expect(text).toMatch(new RegExp(`^example: sockscope ${name} `, 'm'));
    }
    // After other arguments too, and as `sockscope help <command>`.
    expect((await run(name, '--out', 'somewhere', '--help')).code).toBe(0);
    expect((await run('help', name)).text).toMatch(/^example: /m);
  });

  it('lists every command in the general help', async () => {
    const { code, text } = await run('--help');
    expect(code).toBe(0);
    for (const name of ['extract', 'analyze', 'scan', 'batch']) expect(text).toContain(`  ${name} `);
  });
});
