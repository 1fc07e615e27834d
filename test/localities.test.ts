import { describe, expect, it } from 'vitest';
import { estimate, findLocality, mergerParts, referenceData } from '../src/index.js';
import { minimalDaNang } from './helpers.js';

describe('findLocality(name): the names offices write', () => {
  it.each([
    ['Tỉnh Khánh Hòa', 'khanh-hoa'],
    ['Khanh Hoa province', 'khanh-hoa'],
    ['Khánh Hòa (mới)', 'khanh-hoa'],
    ['TP. Hồ Chí Minh', 'ho-chi-minh-city'],
    ['Thành phố Hải Phòng', 'hai-phong'],
    ['Thủ đô Hà Nội', 'ha-noi'],
    ['Da Nang (merged)', 'da-nang'],
    ['Thành phố Đà Nẵng', 'da-nang'],
  ])('finds %j as %s, and its local targets apply', (name, id) => {
    expect(findLocality(name)?.id).toBe(id);
  });

  it('keeps a former province’s marker: “Quảng Nam (cũ)” names another area than any registry entry', () => {
    expect(findLocality('Quảng Nam (cũ)')).toBeUndefined();
  });

  it('applies Da Nang’s own targets to “Da Nang (merged)” (they disappeared without notice)', () => {
    const targets = estimate({ ...minimalDaNang(), locality: 'Da Nang (merged)' }, { draws: 500 })
      .targets.filter((t) => t.scope === 'local')
      .map((t) => t.id);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((id) => id.startsWith('da-nang'))).toBe(true);
  });

  it('says so (info) when a name is not recognised, instead of dropping its targets in silence', () => {
    const result = estimate({ ...minimalDaNang(), locality: 'Somewhere' }, { draws: 500 });
    const check = result.checks.find((c) => c.code === 'locality-not-recognised');
    expect(check?.severity).toBe('info');
    expect(check?.message).toBe(
      '“Somewhere” is not a province or city in data/localities.json, so no local target applies: write its name as there (for example “Khánh Hòa” or “Da Nang”) to compare with its own targets',
    );
    expect(estimate(minimalDaNang(), { draws: 500 }).checks.map((c) => c.code)).not.toContain(
      'locality-not-recognised',
    );
  });
});

describe('the 63 former and 34 current provinces (data/localities.json)', () => {
  const all = referenceData.localities.localities.filter((l) => l.id !== 'viet-nam');
  const current = all.filter((l) => l.mergedInto === undefined);

  it('lists 63 provinces and cities before 1 July 2025, 34 after, 29 merged into another', () => {
    expect(all).toHaveLength(63);
    expect(current).toHaveLength(34);
    expect(all.filter((l) => l.mergedInto !== undefined)).toHaveLength(29);
  });

  it.each([
    ['bac-ninh', ['bac-giang', 'bac-ninh']],
    ['da-nang', ['da-nang', 'quang-nam']],
    ['ho-chi-minh-city', ['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh-city']],
    ['phu-tho', ['hoa-binh', 'phu-tho', 'vinh-phuc']],
    ['lam-dong', ['binh-thuan', 'dak-nong', 'lam-dong']],
    ['ninh-binh', ['ha-nam', 'nam-dinh', 'ninh-binh']],
    ['ha-noi', ['ha-noi']],
  ])('forms %s from %j (Resolution 202/2025/QH15)', (id, parts) => {
    expect(
      mergerParts(id)
        .map((l) => l.id)
        .sort(),
    ).toEqual(parts);
  });

  it('has no parts for a former province that joined another, or an unknown id', () => {
    expect(mergerParts('quang-nam')).toEqual([]);
    expect(mergerParts('atlantis')).toEqual([]);
  });

  it('covers every former province exactly once across the 34', () => {
    const parts = current.flatMap((l) => mergerParts(l.id).map((p) => p.id));
    expect(parts.sort()).toEqual(all.map((l) => l.id).sort());
  });

  it('finds every province by its name with the administrative words offices add', () => {
    for (const l of all) {
      expect(findLocality(`Tỉnh ${l.name}`)?.id).toBe(l.id);
      expect(findLocality(`${l.name} (mới)`)?.id).toBe(l.id);
    }
    expect(findLocality('Bà Rịa-Vũng Tàu')?.id).toBe('ba-ria-vung-tau');
    expect(findLocality('Dak Lak province')?.id).toBe('dak-lak');
  });

  it('refuses reference data whose merger names a locality that is not there', async () => {
    const { ReferenceDataSchema } = await import('../src/index.js');
    const broken = structuredClone(referenceData);
    const quangNam = broken.localities.localities.find((l) => l.id === 'quang-nam');
    if (quangNam) (quangNam as { mergedInto?: string }).mergedInto = 'atlantis';
    const parsed = ReferenceDataSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'quang-nam is merged into "atlantis", which is not a locality of the registry that still exists',
    );
  });
});
