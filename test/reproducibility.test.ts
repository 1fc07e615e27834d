import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate, PACKAGE_VERSION } from '../src/index.js';
import { daNang2024 } from './helpers.js';

// The whole result for Da Nang 2024, seed 7, 5,000 draws, pinned bit for bit
// (test/fixtures/da-nang-2024.seed-7.json, written by scripts/pin-result.ts). Any change in
// the method, the data or the generator changes it; such a change must be deliberate: re-pin
// it in the same commit and say why.
const pinned = JSON.parse(
  readFileSync(new URL('./fixtures/da-nang-2024.seed-7.json', import.meta.url), 'utf8'),
);

describe('estimate(daNang2024, { seed: 7, draws: 5000 })', () => {
  it('reproduces the pinned result exactly (every number, every message)', () => {
    const result = JSON.parse(JSON.stringify(estimate(daNang2024(), { seed: 7, draws: 5000 })));
    // The package version changes with releases that change nothing else.
    expect({ ...result, provenance: { ...result.provenance, packageVersion: 'any' } }).toEqual({
      ...pinned,
      provenance: { ...pinned.provenance, packageVersion: 'any' },
    });
    expect(result.provenance.packageVersion).toBe(PACKAGE_VERSION);
  });

  it('records what is needed to reproduce it: method and data versions, seed, draws, parameters with sources, input', () => {
    expect(pinned.provenance).toMatchObject({
      methodVersion: '1.4.0',
      seed: 7,
      draws: 5000,
      sampler: 'sobol',
    });
    expect(pinned.provenance.dataVersion).toMatch(/^2026\.12\.01\+[0-9a-f]{8}$/);
    for (const parameter of pinned.provenance.parameters)
      expect(parameter.source.length).toBeGreaterThan(0);
    expect(pinned.input).toEqual({ ...daNang2024(), unit: 'billion VND', frame: 'mic' });
    const again = estimate(pinned.input, {
      seed: pinned.provenance.seed,
      draws: pinned.provenance.draws,
    });
    expect(again.share).toEqual(pinned.share);
  });
});
