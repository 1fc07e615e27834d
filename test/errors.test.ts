import { describe, expect, it } from 'vitest';
import { estimate, InputError, type LocalityInputInit } from '../src/index.js';
import { minimalDaNang } from './helpers.js';

/** The InputError that estimate throws for this input (fails the test if none is thrown). */
function rejection(input: unknown): InputError {
  try {
    estimate(input as LocalityInputInit);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('estimate accepted an invalid input');
}

const without = (key: keyof LocalityInputInit) => {
  const input: Record<string, unknown> = { ...minimalDaNang() };
  delete input[key];
  return input;
};

describe('estimate(invalid input) throws InputError naming the field, the expectation, the value and the fix', () => {
  it('for a missing required field', () => {
    expect(rejection(without('grdp')).message).toMatchInlineSnapshot(
      `"estimate: grdp: expected a number > 0 (GRDP at current prices, in \`unit\`), received nothing (the field is missing); add "grdp""`,
    );
  });

  it('for a share given as a percentage', () => {
    expect(rejection({ ...minimalDaNang(), itWorkforceShare: 7.7 }).message).toMatchInlineSnapshot(
      `"estimate: itWorkforceShare: expected a fraction from 0 to 1, received 7.7 (number); shares are fractions, not percentages: did you mean 0.077?"`,
    );
  });

  it('for a labour force of 0 (a zero denominator)', () => {
    const { itWorkforceShare: _, ...rest } = minimalDaNang();
    expect(rejection({ ...rest, labourForce: 0 }).message).toMatchInlineSnapshot(
      `"estimate: labourForce: expected a whole number > 0, received 0 (number); a labour force of 0 cannot divide the IT workers: give the number of people in the labour force, or give itWorkforceShare instead"`,
    );
  });

  it('for a GRDP of 0', () => {
    expect(rejection({ ...minimalDaNang(), grdp: 0 }).message).toMatchInlineSnapshot(
      `"estimate: grdp: expected a number > 0, received 0 (number); GRDP is the denominator of every share and cannot be 0: give GRDP at current prices"`,
    );
  });

  it('for a negative amount', () => {
    expect(rejection({ ...minimalDaNang(), ictRevenue: -39888 }).message).toMatchInlineSnapshot(
      `"estimate: ictRevenue: expected a number ≥ 0, received -39888 (number); it cannot be negative: check the sign"`,
    );
  });

  it('for a non-integer firm count', () => {
    expect(rejection({ ...minimalDaNang(), digitalFirms: 2556.5 }).message).toMatchInlineSnapshot(
      `"estimate: digitalFirms: expected a whole number ≥ 0, received 2556.5 (number); a count is a whole number: round it (2557) or check the column"`,
    );
  });

  it('for a number written as text with thousands separators', () => {
    expect(rejection({ ...minimalDaNang(), ictRevenue: '39.888' }).message).toMatchInlineSnapshot(
      `"estimate: ictRevenue: expected a number ≥ 0, received "39.888" (string); write numbers without quotes or thousands separators (39.888 is 39888 if the separators group thousands)"`,
    );
  });

  it('for a wrong type', () => {
    expect(rejection({ ...minimalDaNang(), year: '2024' }).message).toMatchInlineSnapshot(
      `"estimate: year: expected a whole number from 1990 to 2100, received "2024" (string); write the number without quotes: 2024"`,
    );
  });

  it('for NaN and Infinity passed from code', () => {
    expect(rejection({ ...minimalDaNang(), grdp: Number.NaN }).message).toMatchInlineSnapshot(
      `"estimate: grdp: expected a number > 0, received NaN; the value is not a finite number: check the calculation or cell that produced it"`,
    );
    expect(
      rejection({ ...minimalDaNang(), ictRevenue: Number.POSITIVE_INFINITY }).message,
    ).toMatchInlineSnapshot(
      `"estimate: ictRevenue: expected a number ≥ 0, received Infinity; the value is not a finite number: check the calculation or cell that produced it"`,
    );
  });

  it('for a misspelt field, suggesting the right one', () => {
    const { grdp, ...rest } = minimalDaNang();
    expect(rejection({ ...rest, grpd: grdp }).message).toMatchInlineSnapshot(
      `"estimate: grpd: expected a known field, received an unknown field "grpd"; did you mean "grdp"? (1 more: grdp)"`,
    );
  });

  it('for an unknown frame, suggesting the right case', () => {
    expect(rejection({ ...minimalDaNang(), frame: 'MIC' }).message).toMatchInlineSnapshot(
      `"estimate: frame: expected one of "mic", "gso", received "MIC" (string); did you mean "mic"?"`,
    );
  });

  it('for firms without population or firmsPerThousand', () => {
    expect(rejection(without('firmsPerThousand')).message).toMatchInlineSnapshot(
      `"estimate: population: expected population or firmsPerThousand, received neither; give digital firms per 1,000 inhabitants (firmsPerThousand), or the number of digital firms (digitalFirms) and of inhabitants (population)"`,
    );
  });

  it('for no firm density at all: the ratio, or the count with its denominator (not population alone)', () => {
    const { firmsPerThousand: _, digitalFirms: _f, ...rest } = minimalDaNang();
    expect(rejection(rest).message).toMatchInlineSnapshot(
      `"estimate: firmsPerThousand: expected firmsPerThousand, or digitalFirms with population, received neither; give digital firms per 1,000 inhabitants (firmsPerThousand), or the number of digital firms (digitalFirms) and of inhabitants (population)"`,
    );
  });

  it('for a denominator without its count', () => {
    const { firmsPerThousand: _, ...rest } = minimalDaNang();
    const { digitalFirms: _f, ...noCount } = rest;
    expect(rejection({ ...noCount, population: 1245000 }).message).toMatchInlineSnapshot(
      `"estimate: digitalFirms: expected digitalFirms, to divide by population, received nothing (the field is missing); give digitalFirms, or give firmsPerThousand instead of population"`,
    );
  });

  it('for a range out of order', () => {
    expect(
      rejection({ ...minimalDaNang(), ictRevenue: { value: 39888, low: 45000, high: 50000 } })
        .message,
    ).toMatchInlineSnapshot(
      `"estimate: ictRevenue: expected low ≤ value ≤ high, received value 39888, low 45000, high 50000; correct or swap the bounds"`,
    );
  });

  it('for a list instead of one locality', () => {
    expect(rejection([minimalDaNang()]).message).toMatchInlineSnapshot(
      `"estimate: (input): expected an object with the fields of one locality-year, received a list of 1 item; estimate takes one locality-year: use the batch command (or estimateBatch) for a list"`,
    );
  });

  it('for a history share given as a percentage', () => {
    expect(
      rejection({ ...minimalDaNang(), history: [{ year: 2023, share: 20.69, source: 'D4' }] })
        .message,
    ).toMatchInlineSnapshot(
      `"estimate: history[0].share: expected a fraction from 0 to 1, received 20.69 (number); shares are fractions, not percentages: did you mean 0.2069?"`,
    );
  });

  it('lists every problem in issues, not only the first', () => {
    const error = rejection({
      ...minimalDaNang(),
      grdp: 0,
      digitalFirms: -1,
      itWorkforceShare: 7.7,
    });
    expect(error.issues.map((i) => i.path)).toEqual([
      ['grdp'],
      ['digitalFirms'],
      ['itWorkforceShare'],
    ]);
    expect(error.issues.map((i) => i.code)).toEqual(['too-small', 'too-small', 'too-big']);
    expect(error.field).toBe('grdp');
    expect(error.name).toBe('InputError');
    expect(error).toBeInstanceOf(Error);
  });

  it('for invalid options', () => {
    expect(() => estimate(minimalDaNang(), { draws: 10 })).toThrowErrorMatchingInlineSnapshot(
      `[InputError: estimate options: draws: expected a whole number from 100 to 100,000,000, received 10 (number)]`,
    );
    expect(() => estimate(minimalDaNang(), { seed: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InputError: estimate options: seed: expected a whole number from 0 to 4,294,967,295, received -1 (number); it cannot be negative: check the sign]`,
    );
  });
});

describe('InputError.detailIn(lang) gives the same message in Vietnamese and French', () => {
  it('for a share given as a percentage', () => {
    const error = rejection({ ...minimalDaNang(), itWorkforceShare: 7.7 });
    expect(error.detailIn('vi')).toBe(
      'itWorkforceShare: cần một tỷ lệ từ 0 đến 1, nhận được 7.7 (số); tỷ trọng được nhập dưới dạng tỷ lệ (7,7% → 0,077), không phải phần trăm: có phải ý bạn là 0.077?',
    );
    expect(error.detailIn('fr')).toBe(
      'itWorkforceShare : attendu une fraction entre 0 et 1, reçu 7.7 (nombre) ; les parts sont des fractions, pas des pourcentages : vouliez-vous dire 0.077 ?',
    );
    expect(error.detailIn('en')).toBe(error.detail);
  });

  it('for a missing field, with the field label translated', () => {
    const error = rejection(without('grdp'));
    expect(error.detailIn('vi')).toBe(
      'grdp: cần một số > 0 (GRDP), nhận được không có gì (thiếu trường này); hãy thêm "grdp"',
    );
    expect(error.detailIn('fr')).toBe(
      'grdp : attendu un nombre > 0 (PIBR), reçu rien (le champ manque) ; ajoutez "grdp"',
    );
  });

  it('for a large bound, grouped in the language', () => {
    try {
      estimate(minimalDaNang(), { draws: 10 });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).detailIn('vi')).toBe(
        'draws: cần một số nguyên từ 100 đến 100.000.000, nhận được 10 (số)',
      );
    }
  });

  it.each([
    ['a percentage', { ...minimalDaNang(), itWorkforceShare: 7.7 }],
    ['a missing field', without('grdp')],
    ['a zero denominator', { ...minimalDaNang(), labourForce: 0 }],
    ['a wrong case', { ...minimalDaNang(), frame: 'MIC' }],
    ['thousands separators', { ...minimalDaNang(), grdp: '129,000' }],
    ['a misspelt field', { ...minimalDaNang(), digitalFirm: 3 }],
    ['a fractional year', { ...minimalDaNang(), year: 2024.5 }],
    ['a list', [minimalDaNang()]],
    ['several problems', { ...minimalDaNang(), grdp: -1, digitalFirms: 1.5, itWorkforceShare: 9 }],
  ])('leaves no English frame words in the vi and fr messages for %s', (_, input) => {
    const error = rejection(input);
    for (const lang of ['vi', 'fr'] as const) {
      const text = error.detailIn(lang);
      expect(text).not.toBe(error.detail);
      expect(text).not.toMatch(/\b(expected|received|did you mean|more|the field)\b/);
    }
  });
});

describe('InputError#issues are plain data: { code, path, values }', () => {
  const cases: [string, unknown][] = [
    ['a missing field', without('grdp')],
    ['a percentage', { ...minimalDaNang(), itWorkforceShare: 7.7 }],
    ['a misspelt field', { ...minimalDaNang(), digitalFirm: 3 }],
    ['a range in the wrong order', { ...minimalDaNang(), grdp: { value: 5, low: 9, high: 7 } }],
    ['a list for one locality', [minimalDaNang()]],
  ];

  it.each(cases)('survive structuredClone and a JSON round trip for %s', (_, input) => {
    const { issues } = rejection(input);
    expect(structuredClone(issues)).toEqual(issues);
    expect(JSON.parse(JSON.stringify(issues))).toEqual(issues);
  });

  it.each(cases)(
    'render the same message after a JSON round trip, in every language, for %s',
    (_, input) => {
      const error = rejection(input);
      const reread = new InputError(error.context, JSON.parse(JSON.stringify(error.issues)));
      for (const lang of ['en', 'vi', 'fr'] as const)
        expect(reread.detailIn(lang)).toBe(error.detailIn(lang));
      expect(reread.message).toBe(error.message);
    },
  );

  it('give the path as an array and a stable code, e.g. history[1].share out of range', () => {
    const error = rejection({
      ...minimalDaNang(),
      history: [
        { year: 2022, share: 0.2, source: 'a' },
        { year: 2023, share: 20.69, source: 'b' },
      ],
    });
    expect(error.issues[0]).toMatchObject({
      code: 'too-big',
      path: ['history', 1, 'share'],
      values: {
        expected: {
          code: 'expected.number',
          values: { integer: false, min: 0, minInclusive: true, max: 1, maxInclusive: true },
        },
        received: { code: 'received.number', values: { value: '20.69' } },
        hint: { code: 'hint.percent', values: { value: '0.2069' } },
      },
    });
    expect(error.field).toBe('history[1].share');
  });

  it('name a missing field by its description, in the reader’s language', () => {
    const error = rejection(without('grdp'));
    expect(error.issues[0]?.code).toBe('missing');
    expect(error.issues[0]?.values.expected).toMatchObject({ values: { field: 'grdp' } });
    expect(JSON.stringify(error.issues)).not.toMatch(/"error\./);
  });
});

describe('parseInput(schema, value) on a rare zod issue without a phrase of its own', () => {
  it("uses zod's own message, and zod's Vietnamese and French locales", async () => {
    const z = await import('zod');
    const { parseInput } = await import('../src/input/parseInput.js');
    try {
      parseInput(z.strictObject({ email: z.string().email() }), { email: 'x' }, 'test');
      expect.unreachable();
    } catch (error) {
      const e = error as InputError;
      expect(e.detail).toBe('email: expected Invalid email address, received "x" (string)');
      expect(e.detailIn('vi')).toContain('địa chỉ email không hợp lệ');
      expect(e.detailIn('fr')).toContain('adresse e-mail invalide');
      expect(JSON.parse(JSON.stringify(e.issues))).toEqual(e.issues);
    }
  });
});

describe('the expectation of a missing or null field is its own type, not "a number"', () => {
  it('says "expected text" for a missing locality and a null unit, "a list" for a null history', () => {
    const { locality: _, ...noLocality } = minimalDaNang();
    expect(rejection(noLocality).detail).toBe(
      'locality: expected text (Name of the province or city, e.g. "Da Nang" or "Đà Nẵng"), received nothing (the field is missing); add "locality"',
    );
    const error = rejection({ ...minimalDaNang(), unit: null, history: null });
    expect(error.issues.map((i) => i.message)).toEqual([
      'unit: expected text, received null',
      'history: expected a list, received null',
    ]);
  });
});

describe('a history year after the estimate year', () => {
  it('is an InputError naming the point, not a trend fitted to the future', () => {
    const error = rejection({
      ...minimalDaNang(),
      history: [
        { year: 2023, share: 0.2, source: 'a' },
        { year: 2025, share: 0.24, source: 'b' },
      ],
    });
    expect(error.detail).toBe(
      'history[1].year: expected a year up to 2024, the year of the estimate, received 2025 (number); the history holds earlier years; put a later figure in a later input',
    );
    expect(error.issues[0]).toMatchObject({ code: 'inconsistent', path: ['history', 1, 'year'] });
  });
});

describe('a history beyond the documented size', () => {
  it('is refused above 1,000 points, naming the limit', () => {
    const history = Array.from({ length: 1001 }, (_, i) => ({
      year: 2000 + (i % 20),
      share: 0.1,
      source: 's',
    }));
    expect(rejection({ ...minimalDaNang(), history }).detail).toBe(
      'history: expected a list of at most 1,000 items, received a list of 1,001 items; a history is the yearly shares of one locality: keep one point a year',
    );
  });

  it('checks 1,000 points in linear time per year: repeated years are compared within their year only', () => {
    const history = Array.from({ length: 1000 }, (_, i) => ({
      year: 2000 + (i % 20),
      share: 0.1 + (i % 7) / 1000,
      source: `s${i}`,
    }));
    const result = estimate({ ...minimalDaNang(), history }, { draws: 100 });
    const conflicts = result.checks.filter((c) => c.code === 'history-conflict');
    // Per year 50 reports of up to 7 distinct shares: at most 21 distinct pairs a year, 20 years.
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeLessThanOrEqual(20 * 21);
  });
});
