import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { stripJsonComments } from '../src/cli/io.js';
import { estimate, inputJsonSchema, inputTemplate, LocalityInputSchema } from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

// An independent validator (ajv, JSON Schema draft 2020-12) checks that the generated schema
// accepts what estimate accepts and rejects what it rejects.
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateInput = ajv.compile(inputJsonSchema());

describe('inputJsonSchema()', () => {
  const directory = new URL('../data/inputs/', import.meta.url);
  it.each(readdirSync(directory).filter((f) => f.endsWith('.json')))(
    'accepts the bundled input %s',
    (file) => {
      const input = JSON.parse(readFileSync(new URL(file, directory), 'utf8'));
      expect(validateInput(input), JSON.stringify(validateInput.errors)).toBe(true);
    },
  );

  it('accepts inputs with ranges, ratios only, or counts only', () => {
    expect(
      validateInput({ ...minimalDaNang(), grdp: { value: 151307, low: 140000, high: 160000 } }),
    ).toBe(true);
    const { firmsPerThousand: _f, itWorkforceShare: _w, ...counts } = minimalDaNang();
    expect(validateInput({ ...counts, population: 1245000, labourForce: 740000 })).toBe(true);
  });

  it.each([
    ['a share given as a percentage', { itWorkforceShare: 7.7 }],
    ['a GRDP of 0', { grdp: 0 }],
    ['a misspelt field', { grpd: 1 }],
    ['a non-integer firm count', { digitalFirms: 2556.5 }],
    ['a range without its high end', { grdp: { value: 1, low: 1 } }],
  ])('rejects %s, as estimate does', (_, change) => {
    const broken = { ...daNang2024(), ...change };
    expect(validateInput(broken)).toBe(false);
    expect(() => estimate(broken as never)).toThrow();
  });

  it('rejects an input missing a requirement (no firm density nor population), as estimate does', () => {
    const { firmsPerThousand: _, ...broken } = minimalDaNang();
    expect(validateInput(broken)).toBe(false);
    expect(LocalityInputSchema.safeParse(broken).success).toBe(false);
  });
});

describe('inputTemplate()', () => {
  it('is strict JSON, and is rejected until its nulls are filled', () => {
    const text = inputTemplate({ locality: 'Quang Ninh', year: 2024 });
    expect(text).not.toMatch(/^\s*\/\//m);
    const template = JSON.parse(text);
    expect(template).toMatchObject({
      locality: 'Quang Ninh',
      year: 2024,
      grdp: null,
      ictRevenue: null,
      firmsPerThousand: null,
      itWorkforceShare: null,
    });
    expect(() => estimate(template)).toThrow(
      /grdp: expected a number > 0, received null; fill in the figure/,
    );
    const filled = {
      ...template,
      grdp: 350000,
      ictRevenue: 20000,
      firmsPerThousand: 0.5,
      itWorkforceShare: 0.01,
    };
    expect(estimate(filled).locality).toBe('Quang Ninh');
  });

  it('meets the JSON Schema except at the figures still to fill in (the nulls), so an editor flags just those', () => {
    const template = JSON.parse(inputTemplate({ locality: 'Quang Ninh', year: 2024 }));
    expect(validateInput(template)).toBe(false);
    const nulls = Object.entries(template)
      .filter(([, v]) => v === null)
      .map(([k]) => `/${k}`);
    const faulted = new Set((validateInput.errors ?? []).map((e) => e.instancePath));
    expect([...faulted].filter((p) => p !== '').sort()).toEqual([...nulls].sort());
    expect(nulls).toEqual(['/grdp', '/ictRevenue', '/firmsPerThousand', '/itWorkforceShare']);
  });
});

describe('"$schema" and "$comment" in an input', () => {
  it('are accepted and change nothing in the estimate', () => {
    const plain = estimate(minimalDaNang(), { draws: 500 });
    const annotated = estimate(
      { ...minimalDaNang(), $schema: './input.schema.json', $comment: ['checked by the office'] },
      { draws: 500 },
    );
    expect(annotated.share).toEqual(plain.share);
    expect(annotated.checks).toEqual(plain.checks);
    expect(validateInput({ ...minimalDaNang(), $schema: './input.schema.json' })).toBe(true);
  });
});

describe('stripJsonComments', () => {
  it('removes // and /* */ comments but not their look-alikes inside strings, keeping positions', () => {
    const text = '{ "a": "x // y", // note\n  "b": /* 2 */ 3 }';
    const stripped = stripJsonComments(text);
    expect(stripped).toHaveLength(text.length);
    expect(JSON.parse(stripped)).toEqual({ a: 'x // y', b: 3 });
  });
});
