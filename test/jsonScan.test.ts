import { describe, expect, it } from 'vitest';
import { scanJson } from '../src/input/jsonScan.js';

describe('scanJson(text)', () => {
  it('finds nothing wrong in valid JSON, nested keys of different objects included', () => {
    expect(
      scanJson('{"a": {"x": 1}, "b": {"x": [1, -2.5e3, true, null, "s\\"q"]}}'),
    ).toBeUndefined();
  });
  it('finds a repeated key in the same object, with its line and column', () => {
    expect(scanJson('{"a": 1,\n "b": 2, "a": 3}')).toEqual({
      kind: 'duplicate-key',
      key: 'a',
      line: 2,
      column: 10, // line 2 is ` "b": 2, "a": 3}`: the second "a" starts at column 10
    });
  });
  it('finds a bad token where JSON.parse gives no position', () => {
    expect(scanJson('[1, NaN]')).toEqual({ kind: 'bad-token', token: 'NaN', line: 1, column: 5 });
    expect(scanJson('{"a": -Infinity}')).toEqual({
      kind: 'bad-token',
      token: '-Infinity',
      line: 1,
      column: 7,
    });
  });
});
