import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dataVersion,
  LocalityInputSchema,
  ReferenceDataSchema,
  referenceData,
} from '../src/index.js';

/** Evaluate the arithmetic of a `derivation` string: numbers, + − * /, parentheses. */
function evaluateExpression(text: string): number {
  const tokens = text.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): number => {
    const token = tokens[i++];
    if (token === '(') {
      const value = sum();
      i++; // ')'
      return value;
    }
    if (token === '-') return -primary();
    return Number(token);
  };
  const product = (): number => {
    let value = primary();
    while (peek() === '*' || peek() === '/')
      value = tokens[i++] === '*' ? value * primary() : value / primary();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-')
      value = tokens[i++] === '+' ? value + product() : value - product();
    return value;
  };
  return sum();
}

/** Half a unit of the last decimal the value is written with: 0.0859125 → 5e-8. */
const roundingOf = (value: number) =>
  0.5 * 10 ** -(String(value).split('.')[1]?.length ?? 0) + 1e-15;

function* withDerivation(value: unknown): Generator<{ value: number; derivation: string }> {
  if (Array.isArray(value)) for (const item of value) yield* withDerivation(item);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.derivation === 'string' && typeof record.value === 'number') {
      yield { value: record.value, derivation: record.derivation };
    }
    for (const inner of Object.values(record)) yield* withDerivation(inner);
  }
}

/** Objects holding a figure ("value", "share", "revenue" …) and the path to them. */
function* figures(
  value: unknown,
  path = '$',
): Generator<{ path: string; record: Record<string, unknown> }> {
  if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* figures(item, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (['value', 'low', 'share', 'revenue'].some((k) => typeof record[k] === 'number'))
      yield { path, record };
    for (const [key, inner] of Object.entries(record)) yield* figures(inner, `${path}.${key}`);
  }
}

describe('bundled reference data (data/*.json)', () => {
  it('validates against ReferenceDataSchema (types, ranges, source keys known)', () => {
    const parsed = ReferenceDataSchema.safeParse(referenceData);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('gives every figure a source', () => {
    const { sources: _registry, ...rest } = referenceData;
    const missing = [...figures(rest)].filter(
      ({ record }) => !Array.isArray(record.source) || record.source.length === 0,
    );
    expect(missing.map((m) => m.path)).toEqual([]);
  });

  it('reproduces every derived figure from its derivation, to the decimals it is written with', () => {
    const derived = [...withDerivation(referenceData)];
    expect(derived.length).toBeGreaterThanOrEqual(6);
    for (const { value, derivation } of derived) {
      expect(Math.abs(evaluateExpression(derivation) - value), derivation).toBeLessThanOrEqual(
        roundingOf(value),
      );
    }
  });

  it('sets the default ρ at the national 2024 ratio 989,016 / 4,243,984 = 0.23304 and β at 0.5', () => {
    const [rho, beta] = referenceData.parameters.parameters;
    expect(rho).toMatchObject({ name: 'rho', value: 0.233, low: 0.23, high: 0.26 });
    expect(beta).toMatchObject({ name: 'beta', value: 0.5, low: 0.3, high: 0.7 });
    const ict2024 = referenceData.national.ictSector.find((r) => r.year === 2024);
    expect(ict2024 && ict2024.valueAdded / ict2024.revenue).toBeCloseTo(0.23304, 5);
  });

  it('keeps the national mic 2024 share at 18.3% and the gso 2024 share at 13.17%', () => {
    const share = (frame: string, year: number) =>
      referenceData.national.deShare.find((r) => r.frame === frame && r.year === year)?.value;
    expect(share('mic', 2024)).toBe(0.183);
    expect(share('gso', 2024)).toBe(0.1317);
  });

  it('links targets to known localities and superseded targets to existing ones', () => {
    const localities = new Set(referenceData.localities.localities.map((l) => l.id));
    const targets = new Set(referenceData.targets.targets.map((t) => t.id));
    for (const target of referenceData.targets.targets) {
      if (target.scope === 'local')
        expect(localities.has(target.locality ?? ''), target.id).toBe(true);
      if (target.supersededBy) expect(targets.has(target.supersededBy), target.id).toBe(true);
    }
  });

  it('has a data version made of the declared version and a content fingerprint', () => {
    expect(dataVersion()).toMatch(/^\d{4}\.\d{2}\.\d{2}\+[0-9a-f]{8}$/);
  });
});

describe('bundled inputs (data/inputs/*.json)', () => {
  const directory = new URL('../data/inputs/', import.meta.url);
  const files = readdirSync(directory).filter((f) => f.endsWith('.json'));

  it.each(files)('%s validates and names a source for every figure', (name) => {
    const input = JSON.parse(readFileSync(new URL(name, directory), 'utf8'));
    expect(LocalityInputSchema.safeParse(input).success).toBe(true);
    const numeric = Object.entries(input).filter(
      ([, v]) => typeof v === 'number' || (v !== null && typeof v === 'object' && 'value' in v),
    );
    for (const [field] of numeric) {
      if (field === 'year') continue;
      expect(input.sources?.[field], `${name}: ${field}`).toBeTruthy();
    }
    for (const point of input.history ?? []) expect(point.source).toBeTruthy();
  });
});
