import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMatrixOps, type MatrixOps, matrixOps } from '../src/math/matrix.js';

const ops = (await matrixOps()) as MatrixOps;

describe('matrixOps() (mathjs, loaded on first use)', () => {
  it('solves [[2, 1], [1, 3]] x = [3, 5]: x = [4/5, 7/5]', () => {
    const [x, y] = ops.solve(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    ) as number[];
    expect(x).toBeCloseTo(0.8, 14);
    expect(y).toBeCloseTo(1.4, 14);
  });

  it('pivots past a zero on the diagonal: [[0, 1], [1, 0]] x = [2, 3] → [3, 2]', () => {
    const x = ops.solve(
      [
        [0, 1],
        [1, 0],
      ],
      [2, 3],
    ) as number[];
    expect(x[0]).toBeCloseTo(3, 14);
    expect(x[1]).toBeCloseTo(2, 14);
  });

  it('inverts [[4, 7], [2, 6]]: 1/10 × [[6, −7], [−2, 4]]', () => {
    const inverse = ops.invert([
      [4, 7],
      [2, 6],
    ]) as number[][];
    [
      [0.6, -0.7],
      [-0.2, 0.4],
    ].forEach((row, i) => {
      row.forEach((v, k) => {
        expect(inverse[i]?.[k]).toBeCloseTo(v, 14);
      });
    });
  });

  it('returns null, not Infinity or an exception, for a singular matrix', () => {
    const singular = [
      [1, 2],
      [2, 4],
    ];
    expect(ops.solve(singular, [1, 2])).toBeNull();
    expect(ops.invert(singular)).toBeNull();
  });

  it('is null, not an exception, when mathjs is not installed (an optional peer dependency)', async () => {
    const missing = Object.assign(new Error("Cannot find package 'mathjs'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    expect(await loadMatrixOps(() => Promise.reject(missing))).toBeNull();
    const broken = new Error('a bug inside the package');
    await expect(loadMatrixOps(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('is the same object on every call (mathjs is loaded once)', async () => {
    expect(await matrixOps()).toBe(ops);
  });
});

describe('mathjs is imported lazily', () => {
  it('is imported by src/math/matrix.ts only, as a dynamic import(), so no other function or command loads it', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(join(import.meta.dirname, '../src'));
    const mentions = files.filter((f) =>
      /import\([^)]*(MATHJS|'mathjs')\)|from 'mathjs'|require\('mathjs'\)/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(mentions.map((f) => f.slice(f.indexOf('src')))).toEqual(['src/math/matrix.ts']);
    const source = readFileSync(join(import.meta.dirname, '../src/math/matrix.ts'), 'utf8');
    expect(source).toMatch(/const MATHJS = 'mathjs';/);
    expect(source).toMatch(/import\([^)]*MATHJS\)/);
    expect(source).not.toMatch(/from 'mathjs'/);
  });
});
