import { beforeAll, describe, expect, it } from 'vitest';
import { languageReady } from './language';
import { assessRepurposed, type IdentitySpan, type RepurposedInput } from './repurposed';
import type { TimedPost } from './post-timeline';

const EN = ['The council approved the new cycling lanes on the high street this morning', 'Our football club won again on Saturday, what a match for the whole town', 'Lovely walk by the river today, the autumn colours are wonderful this year'];
const RU = ['Запад снова лжёт о нашей стране, а народ видит правду каждый день', 'Санкции бьют только по простым людям в Европе, а не по нам вообще', 'Наши друзья в Африке поддерживают справедливый многополярный мир'];
const post = (text: string, time: string | null, seenAt = 0, hashtags: string[] = []): TimedPost => ({ text, time, seenAt, hashtags });
const span = (field: IdentitySpan['field'], value: string, at: number): IdentitySpan => ({ field, value, firstSeen: at, lastSeen: at });
const T1 = Date.UTC(2019, 4, 1);
const T2 = Date.UTC(2024, 5, 10);
const base: RepurposedInput = { platform: 'X', history: [], joined: null, posts: [] };

beforeAll(() => languageReady());

describe('assessRepurposed', () => {
  it('fires on a renamed account that fell silent and came back in another language, naming each finding', () => {
    const r = assessRepurposed({
      ...base,
      history: [span('handle', 'maria_bakes', T1), span('handle', 'truth_now_24', T2), span('name', 'Maria Baker', T1), span('name', 'Правда Сегодня', T2)],
      posts: [...EN.map((t, i) => post(t, `2019-04-2${i}T10:00:00Z`)), ...RU.map((t, i) => post(t, `2024-06-0${i + 1}T10:00:00Z`))],
    });
    expect(r.fired).toBe(true);
    expect(r.score).toBe(1);
    expect(r.reason).toMatch(/renamed @maria_bakes → @truth_now_24 \(same X id\)/);
    expect(r.reason).toMatch(/silent \d+ months/);
    expect(r.reason).toMatch(/older posts in English, newer in Russian/);
  });

  it('does not fire on a new display name after a silence: everyday behaviour', () => {
    const r = assessRepurposed({ ...base, history: [span('name', 'Maria', T1), span('name', 'Maria B.', T2)], posts: [...EN.map((t, i) => post(t, `2019-04-2${i}T10:00:00Z`)), ...EN.map((t, i) => post(t, `2024-06-0${i + 1}T10:00:00Z`))] });
    expect(r.reason).toMatch(/name .*silent/);
    expect(r.fired).toBe(false);
  });

  it('does not fire on one finding alone, however strong: a rename, a silence, or identity changes only', () => {
    const renamed = assessRepurposed({ ...base, history: [span('handle', 'a', T1), span('handle', 'b', T2), span('name', 'A', T1), span('name', 'B', T2), span('avatar', 'x', T1), span('avatar', 'y', T2)] });
    expect(renamed.fired).toBe(false);
    const silent = assessRepurposed({ ...base, posts: [...EN.map((t, i) => post(t, `2019-04-2${i}T10:00:00Z`)), ...EN.map((t, i) => post(t, `2024-06-0${i + 1}T10:00:00Z`))] });
    expect(silent.fired).toBe(false);
    expect(silent.reason).toMatch(/Only one change seen \(silent/);
  });

  it('with missing dates finds no silence, but still compares older and newer sightings', () => {
    const r = assessRepurposed({
      ...base,
      history: [span('name', 'Maria Baker', T1), span('name', 'Правда Сегодня', T2)],
      posts: [...EN.map((t, i) => post(t, null, T1 + i)), ...RU.map((t, i) => post(t, null, T2 + i))],
    });
    expect(r.reason).not.toMatch(/silent/);
    expect(r.reason).toMatch(/English, newer in Russian/);
    expect(r.fired).toBe(true);
  });

  it('with one post only, calls no language switch', () => {
    const r = assessRepurposed({ ...base, history: [span('name', 'A', T1), span('name', 'B', T2)], posts: [post(RU[0]!, '2024-06-01T10:00:00Z')] });
    expect(r.reason).not.toMatch(/newer in/);
    expect(r.fired).toBe(false);
  });

  it('with mixed languages on both sides (a bilingual person), calls no switch', () => {
    const mixed = (t0: string) => [post(EN[0]!, t0), post(RU[0]!, t0), post(EN[1]!, t0), post(RU[1]!, t0)];
    const r = assessRepurposed({ ...base, history: [span('name', 'A', T1), span('name', 'B', T2)], posts: [...mixed('2019-04-01T10:00:00Z'), ...mixed('2019-05-01T10:00:00Z')] });
    expect(r.reason).not.toMatch(/newer in/);
    expect(r.fired).toBe(false);
  });

  it('counts an old creation date with every visible post recent, with one other finding', () => {
    const r = assessRepurposed({ ...base, joined: '2011-03', history: [span('handle', 'a', T1), span('handle', 'b', T2)], posts: RU.map((t, i) => post(t, `2024-06-0${i + 1}T10:00:00Z`)) });
    expect(r.reason).toMatch(/created 2011-03, but every visible post is from the last 90 days/);
    expect(r.fired).toBe(true);
  });

  it('sees a change of topic in one language only from disjoint hashtags and repeated words', () => {
    const older = ['I am baking sourdough bread again this weekend and the starter is doing well', 'My sourdough starter is bubbling nicely, the bread should be ready by the evening', 'The bread came out of the oven with a lovely crust, baking is my favourite hobby']
      .map((t, i) => post(t, `2024-04-0${i + 1}T10:00:00Z`, 0, ['baking', 'bread', 'homemade']));
    const newer = ['The elections were stolen and the elections commission is hiding everything from us', 'We demand that these elections are annulled, the fraud is obvious to everyone now', 'Share this widely before they delete it, the elections fraud is being covered up']
      .map((t, i) => post(t, `2024-05-0${i + 1}T10:00:00Z`, 0, ['election', 'fraud', 'annul']));
    const r = assessRepurposed({ ...base, history: [{ field: 'name', value: 'Ann bakes', firstSeen: T1, lastSeen: T1 }, { field: 'name', value: 'Ann', firstSeen: Date.UTC(2024, 4, 1), lastSeen: T2 }], posts: [...older, ...newer] });
    expect(r.reason).toMatch(/topics changed \(#baking, #bread, [^)]* → #election, #fraud, [^)]*\)/);
    // A new topic and a new name (0.15 + 0.15) stay under the threshold: people move on to new subjects.
    expect(r.score).toBeCloseTo(0.3);
    expect(r.fired).toBe(false);
  });

  it('fires from one profile page: joined 2012, English football in 2019, then short Chinese political posts in 2026', () => {
    const en = ['What a match last night, Liverpool were brilliant in the second half!', 'Cannot believe that penalty decision, the referee was awful', 'Big game on Sunday, hoping the lads keep the winning run going'];
    const zh = ['台湾是中国的一部分。', '美国政客干涉中国内政！', '新疆人民生活幸福安宁。', '香港暴徒破坏秩序，西方媒体视而不见。'];
    const posts = [...en.map((text, i) => ({ text, hashtags: [], time: `2019-0${i + 3}-10T10:00:00.000Z`, seenAt: 0 })), ...zh.map((text, i) => ({ text, hashtags: [], time: `2026-11-0${i + 2}T10:00:00.000Z`, seenAt: 0 }))];
    const r = assessRepurposed({ platform: 'X', history: [], joined: '2012-03', posts });
    expect(r.fired).toBe(true);
    expect(r.reason).toBe('Possibly repurposed: silent 90 months (2019-05 to 2026-11), then 4 posts within a month; older posts in English, newer in Chinese');
  });
});
