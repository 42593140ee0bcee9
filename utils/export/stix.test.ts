import { describe, expect, it } from 'vitest';
import { sampleAccount } from './testing/sample-data';
import { stixBundle, stixId } from './stix';

describe('stixBundle', () => {
  const bundle = stixBundle([sampleAccount('gan_face_one'), sampleAccount("o'brien\\x", { band: 'low', reasons: [] })], Date.UTC(2021, 3, 2));
  const of = (type: string) => bundle.objects.filter((o) => o.type === type);

  it('has the STIX 2.1 common properties on every object', () => {
    expect(bundle.type).toBe('bundle');
    for (const o of bundle.objects) {
      expect(o.spec_version).toBe('2.1');
      expect(o.id).toMatch(new RegExp(`^${o.type}--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`));
      expect(o.created).toBe('2021-04-02T00:00:00.000Z');
    }
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  });

  it('maps signals to DISARM and Meta kill-chain codes', () => {
    const refs = of('attack-pattern').flatMap((o) => o.external_references as { source_name: string; external_id: string }[]);
    expect(refs.map((r) => r.external_id).sort()).toEqual(['1.1.2', '5.4.2', 'T0084.001', 'T0145.002']);
    expect(refs.some((r) => r.source_name === 'DISARM')).toBe(true);
  });

  it('one indicator per flagged account, related to its attack-patterns; unflagged accounts are left out', () => {
    expect(of('identity')).toHaveLength(1);
    expect(of('indicator')).toHaveLength(1);
    const ind = of('indicator')[0];
    expect(ind?.pattern).toBe("[user-account:account_login = 'gan_face_one' AND user-account:account_type = 'twitter']");
    const rels = of('relationship');
    expect(rels).toHaveLength(2);
    for (const r of rels) expect(r).toMatchObject({ relationship_type: 'indicates', source_ref: ind?.id });
  });

  it('escapes quotes and backslashes in patterns', () => {
    const b = stixBundle([sampleAccount("o'brien\\x")], 0);
    expect(b.objects.find((o) => o.type === 'indicator')?.pattern).toContain("'o\\'brien\\\\x'");
  });

  it('ids are stable', () => {
    expect(stixId('indicator', 'x:a')).toBe(stixId('indicator', 'x:a'));
    expect(stixId('indicator', 'x:a')).not.toBe(stixId('indicator', 'x:b'));
  });
});
