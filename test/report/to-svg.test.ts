import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/index.js';
import { loadOptional } from '../../src/report/internal/load-optional.js';
import { isMissingDependencyError, type MissingDependencyError, toSvg } from '../../src/report.js';

const bar = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { values: [{ a: 'A', b: 2 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
};

async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return 'no error';
}

describe('toSvg', () => {
  it('draws a spec as SVG, larger when scaled', async () => {
    const svg = await toSvg(bar);
    const twice = await toSvg(bar, { scale: 2 });
    const width = (text: string) => Number(/width="(\d+)"/.exec(text)?.[1]);
    expect(svg).toMatch(/^<svg[^>]*class="marks"/);
    expect(width(twice)).toBe(2 * width(svg));
  });

  it('refuses what is not a spec, a bad scale, a mark it does not draw, and a spec Vega-Lite cannot compile', async () => {
    const issues = await Promise.all(
      [
        () => toSvg('bar' as never),
        () => toSvg(bar, { scale: 0 }),
        () => toSvg({ ...bar, mark: 'blob' }),
        () => toSvg({ $schema: bar.$schema, data: bar.data }),
      ].map(async (call) => {
        const error = await rejection(call);
        return isValidationError(error)
          ? `${error.issues[0]?.code} at ${error.issues[0]?.path.join('.')}`
          : String(error);
      }),
    );
    expect(issues).toEqual([
      'invalid-type at spec',
      'invalid-type at options.scale',
      'invalid-value at spec.mark',
      'invalid-value at spec',
    ]);
  });

  it('loads nothing over the network: a spec with a data URL is refused', async () => {
    const error = await rejection(() =>
      toSvg({ ...bar, data: { url: 'https://evil.example/data.json' } }),
    );
    expect(isValidationError(error) && error.issues[0]?.path).toEqual(['spec']);
  });
});

describe('loadOptional', () => {
  it('names the package that is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'vega-lite' imported from x"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const error = await rejection(() =>
      loadOptional('vega-lite', 'draw charts as SVG', () => Promise.reject(missing)),
    );
    expect(isMissingDependencyError(error)).toBe(true);
    expect((error as MissingDependencyError).dependency).toBe('vega-lite');
    expect((error as Error).message).toMatch(/needs the optional dependency vega-lite/);
    expect((error as Error).cause).toBe(missing);
  });

  it('lets other failures through, and returns the module when it loads', async () => {
    const broken = Object.assign(new Error("Cannot find module './x' imported from vega"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    expect(
      await rejection(() => loadOptional('vega-lite', 'x', () => Promise.reject(broken))),
    ).toBe(broken);
    expect(await loadOptional('vega', 'x', () => Promise.resolve(42))).toBe(42);
  });
});
