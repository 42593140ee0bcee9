/** Files of a public repository at one commit, read from a bare clone without checking anything out. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a clone of `owner/name` may sit under `root`: `owner+name/repo`, `owner/name.git`, `owner/name`, `name.git`, `name`. */
export function findClone(root: string, repo: string): string | null {
  const [owner, name] = repo.split('/') as [string, string];
  for (const dir of [join(root, `${owner}+${name}`, 'repo'), join(root, owner, `${name}.git`), join(root, owner, name), join(root, `${name}.git`), join(root, name)])
    if (existsSync(dir)) return dir;
  return null;
}

/** The paths at `commit` that match one of `patterns` (`*` stands for any run of characters but `/`). */
export function listPaths(gitDir: string, commit: string, patterns: readonly string[]): string[] {
  const all = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', '-z', commit], { maxBuffer: 1 << 28 }).toString('utf8').split('\0').filter(Boolean);
  const res = patterns.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
  return all.filter((p) => res.some((r) => r.test(p)));
}

/** Each path's bytes at `commit`, in order, streamed through one `git cat-file --batch`; a path not stored is reported, not skipped silently. */
export async function* readBlobs(gitDir: string, commit: string, paths: readonly string[]): AsyncGenerator<{ path: string; bytes: Buffer | null }> {
  const git = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buf = Buffer.alloc(0);
  const waiting: (() => void)[] = [];
  let ended = false;
  git.stdout.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    waiting.shift()?.();
  });
  git.stdout.on('end', () => {
    ended = true;
    waiting.shift()?.();
  });
  const more = (): Promise<void> => new Promise((r) => waiting.push(r));
  const line = async (): Promise<string> => {
    for (;;) {
      const nl = buf.indexOf(10);
      if (nl >= 0) {
        const s = buf.subarray(0, nl).toString('utf8');
        buf = buf.subarray(nl + 1);
        return s;
      }
      if (ended) throw new Error('[sockscope:eval] git cat-file ended early');
      await more();
    }
  };
  const take = async (n: number): Promise<Buffer> => {
    while (buf.length < n) {
      if (ended) throw new Error('[sockscope:eval] git cat-file ended early');
      await more();
    }
    const out = Buffer.from(buf.subarray(0, n));
    buf = buf.subarray(n);
    return out;
  };
  try {
    for (const path of paths) {
      git.stdin.write(`${commit}:${path}\n`);
      const head = (await line()).split(' ');
      if (head[1] === 'missing') {
        yield { path, bytes: null };
        continue;
      }
      const bytes = await take(Number(head[2]));
      await take(1);
      yield { path, bytes };
    }
  } finally {
    git.stdin.end();
    git.kill();
  }
}
