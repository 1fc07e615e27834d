import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/i18n/messageFormat.js';
import { message } from '../src/i18n/messages.js';

describe('formatMessage(template, values, lang)', () => {
  it('formats typed numbers in the language: {x:int}, {x:pct}, {x:pts}', () => {
    const template = '{n:int} · {s:pct} · {d:pts}';
    expect(formatMessage(template, { n: 39888, s: 0.2349, d: 0.052 }, 'en')).toBe(
      '39,888 · 23.5% · +5.2 pts',
    );
    expect(formatMessage(template, { n: 39888, s: 0.2349, d: 0.052 }, 'vi')).toBe(
      '39.888 · 23,5% · +5,2 điểm %',
    );
  });

  it('chooses a plural branch by Intl.PluralRules: en 1 → one, fr 0 and 1 → one, vi always other', () => {
    const en = '{count, plural, one {# locality} other {# localities}}';
    expect(formatMessage(en, { count: 1 }, 'en')).toBe('1 locality');
    expect(formatMessage(en, { count: 0 }, 'en')).toBe('0 localities');
    expect(formatMessage(en, { count: 1234 }, 'en')).toBe('1,234 localities');
    const fr = '{count, plural, one {# collectivité} other {# collectivités}}';
    expect(formatMessage(fr, { count: 0 }, 'fr')).toBe('0 collectivité');
    expect(formatMessage(fr, { count: 2 }, 'fr')).toBe('2 collectivités');
    expect(formatMessage('{count, plural, other {# địa phương}}', { count: 1 }, 'vi')).toBe(
      '1 địa phương',
    );
  });

  it('prefers an exact =N branch over the plural category', () => {
    const template = '{n, plural, =1 {exactly one} one {one} other {#}}';
    expect(formatMessage(template, { n: 1 }, 'en')).toBe('exactly one');
    expect(formatMessage(template, { n: 5 }, 'en')).toBe('5');
  });

  it('chooses a select branch by value, `other` when the value is missing or has no branch', () => {
    const template = '{case, select, zero {stated 0} other {{n:int} stated}}';
    expect(formatMessage(template, { case: 'zero', n: 3 }, 'en')).toBe('stated 0');
    expect(formatMessage(template, { n: 3000 }, 'en')).toBe('3,000 stated');
    expect(formatMessage(template, { case: 'unknown', n: 3 }, 'en')).toBe('3 stated');
  });

  it('names a money unit in the language with {u:unit}, and leaves an unknown unit as given', () => {
    expect(formatMessage('{u:unit}', { u: 'billion VND' }, 'vi')).toBe('tỷ đồng');
    expect(formatMessage('{u:unit}', { u: 'USD' }, 'vi')).toBe('USD');
  });

  it('leaves a placeholder without a value as written, so that the gap shows', () => {
    expect(formatMessage('a {missing:int} b', {}, 'en')).toBe('a {missing:int} b');
  });

  it('refuses a template with unbalanced braces (a catalogue bug)', () => {
    expect(() => formatMessage('a {b', {}, 'en')).toThrow(/unbalanced braces/);
  });
});

describe('message(key, values, lang) on the catalogues', () => {
  it('says "1 locality" and "2 localities" in a batch title (plural rules, not variant keys)', () => {
    expect(message('batch.title', { count: 1 }, 'en')).toBe(
      'Digital-economy share of GRDP: 1 locality, ranked',
    );
    expect(message('batch.title', { count: 2 }, 'en')).toBe(
      'Digital-economy share of GRDP: 2 localities, ranked',
    );
    expect(message('batch.title', { count: 1 }, 'fr')).toBe(
      'Part de l’économie numérique dans le PIBR : 1 collectivité, classée',
    );
  });
});
