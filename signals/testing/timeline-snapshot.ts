import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { accountKey } from '../account-key';
import type { CoordinationSnapshot, ObservedPost } from '../coordination';
import { hashtagSetKey } from '../hashtag-burst';
import { phash } from '../phash';
import type { AvatarSighting } from '../reused-avatar';
import { textFingerprint } from '../text-similarity';
import { decodeRgba, encodePng, platformVariants } from './sharp-variants';
import { syntheticAvatar } from './synthetic-image';
import type { SyntheticTimeline } from './synthetic-timeline';

/** Posts of a synthetic timeline as the store would hold them (test helper). */
export function timelinePosts(t: SyntheticTimeline): ObservedPost[] {
  return t.occurrences.map((o) => {
    const fp = textFingerprint(o.text ?? '');
    return {
      accountKey: accountKey(o.site, o.handle ?? ''),
      day: (o.time ?? '').slice(0, 10),
      text: o.text,
      textHash: fp.hash,
      textLength: fp.length,
      minhash: fp.signature,
      tagsKey: hashtagSetKey(o.hashtags) ?? undefined,
    };
  });
}

/**
 * Hashes every avatar: ordinary ones drawn small and hashed directly (fast), planted reused ones
 * through real sharp resize/JPEG variants so the test exercises platform processing.
 */
export async function timelineAvatars(t: SyntheticTimeline): Promise<AvatarSighting[]> {
  const out: AvatarSighting[] = [];
  const bases = new Map<number, Buffer>();
  for (const a of t.avatars) {
    const key = accountKey('x', a.handle);
    if (a.url.includes('default_profile')) {
      out.push({ accountKey: key, url: a.url, sha256: 'default', phash: null });
      continue;
    }
    if (!a.handle.startsWith('face')) {
      const img = syntheticAvatar(a.seed, 64);
      out.push({ accountKey: key, url: a.url, sha256: createHash('sha256').update(img.data).digest('hex'), phash: phash(img) });
      continue;
    }
    const src = bases.get(a.seed) ?? (await encodePng(syntheticAvatar(a.seed, 400)));
    bases.set(a.seed, src);
    const bytes = a.variant === 'orig' ? src : await variantBytes(src, a.variant);
    out.push({ accountKey: key, url: a.url, sha256: createHash('sha256').update(bytes).digest('hex'), phash: phash(await decodeRgba(bytes)) });
  }
  return out;
}

async function variantBytes(src: Buffer, name: string): Promise<Buffer> {
  const v = (await platformVariants(src)).find((x) => x.name === name);
  if (!v) throw new Error(`[sockscope:test] unknown variant ${name}`);
  return sharp(Buffer.from(v.image.data), { raw: { width: v.image.width, height: v.image.height, channels: 4 } }).png().toBuffer();
}

/** The whole snapshot. */
export async function timelineSnapshot(t: SyntheticTimeline): Promise<CoordinationSnapshot> {
  return { posts: timelinePosts(t), avatars: await timelineAvatars(t) };
}
