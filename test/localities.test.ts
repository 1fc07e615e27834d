import { describe, expect, it } from 'vitest';
import { estimate, findLocality } from '../src/index.js';
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
