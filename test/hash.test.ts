import { describe, expect, it } from 'vitest';
import { fnv1a } from '../src/math/hash.js';

describe('fnv1a(text), 32-bit FNV-1a', () => {
  // Test vectors of the FNV reference (offset basis 0x811c9dc5, prime 0x01000193).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('fnv1a(%j) = %i', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });

  it('is an unsigned 32-bit integer and depends on every character', () => {
    const h = fnv1a('data/national.json');
    expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    expect(fnv1a('data/national.jsom')).not.toBe(h);
  });
});
