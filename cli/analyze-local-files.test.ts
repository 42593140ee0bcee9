import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocalAvatars } from './analyze-local-files';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** A saved page `<dir>/p.html` with `p_files/`, and a secret file outside it. */
function savedPage() {
  const dir = mkdtempSync(join(tmpdir(), 'sockscope-saved-'));
  const outside = mkdtempSync(join(tmpdir(), 'sockscope-secret-'));
  const secret = join(outside, 'id_rsa');
  writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
  mkdirSync(join(dir, 'p_files'));
  writeFileSync(join(dir, 'p.html'), '<html></html>');
  return { dir, outside, secret, html: join(dir, 'p.html'), files: join(dir, 'p_files') };
}
const url = (name: string) => `https://x.com/p_files/${name}`;

// Issue 37, finding 4: a symlink in `<page>_files/` put a secret file's contents into the export.
describe('readLocalAvatars on a hostile saved page', () => {
  it('reads a real image inside the page folder', async () => {
    const p = savedPage();
    writeFileSync(join(p.files, 'a.png'), PNG);
    const [a] = await readLocalAvatars(p.html, [url('a.png')]);
    expect(a).toMatchObject({ ok: true });
  });

  it('refuses a symlink to a file outside the folder, and never returns its bytes', async () => {
    const p = savedPage();
    symlinkSync(p.secret, join(p.files, 'a.jpg'));
    const [a] = await readLocalAvatars(p.html, [url('a.jpg')]);
    expect(a).toMatchObject({ ok: false, error: expect.stringMatching(/a link, not a file/) });
  });

  it('refuses a file reached through a linked folder', async () => {
    const p = savedPage();
    writeFileSync(join(p.outside, 'b.png'), PNG);
    symlinkSync(p.outside, join(p.files, 'linked'));
    const [a] = await readLocalAvatars(p.html, [url('linked/b.png')]);
    expect(a).toMatchObject({ ok: false, error: expect.stringMatching(/outside the saved page's folder/) });
  });

  it('refuses a file that is no image by its magic bytes', async () => {
    const p = savedPage();
    writeFileSync(join(p.files, 'c.jpg'), 'password=hunter2');
    const [a] = await readLocalAvatars(p.html, [url('c.jpg')]);
    expect(a).toMatchObject({ ok: false, error: expect.stringMatching(/not an image/) });
  });

  it('records a missing file', async () => {
    const p = savedPage();
    const [a] = await readLocalAvatars(p.html, [url('gone.jpg')]);
    expect(a).toMatchObject({ ok: false, error: expect.stringMatching(/missing/) });
  });
});
