import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/math/editDistance.js';

describe('editDistance(a, b)', () => {
  it.each([
    ['kitten', 'sitting', 3], // k→s, e→i, +g
    ['itWorkerz', 'itWorkers', 1],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['GRDP', 'grdp', 0], // case is ignored
    ['flaw', 'lawn', 2],
  ])('editDistance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest(name, known)', () => {
  const fields = ['grdp', 'ictRevenue', 'itWorkers', 'itWorkforceShare', 'population'];

  it('suggests the field a typo was meant to be', () => {
    expect(closest('itWorkerz', fields)).toBe('itWorkers');
    expect(closest('populaton', fields)).toBe('population');
  });

  it('suggests nothing for a name too far from every known one (more than max(2, length/3) edits)', () => {
    expect(closest('banana', fields)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
