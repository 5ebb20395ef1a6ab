// Hostile chart specs that are valid Vega-Lite: toSvg draws this module's chart vocabulary within
// svgLimits, and refuses, before Vega runs, what would make it draw without bound.
import { describe, expect, it } from 'vitest';
import { analyzePartnership, computeEconomics, samples } from '../../src/index.js';
import { economicsChart, portfolioChart, svgLimits, toSvg } from '../../src/report.js';
import { bar, issuesOf } from './chart-spec-support.js';

describe('toSvg: what a caller-made spec may make it draw', () => {
  /** The code and path of the issue a spec is refused with. */
  async function refusal(spec: unknown): Promise<string> {
    const issues = await issuesOf(() => toSvg(spec as never));
    return issues.map((issue) => issue.slice(0, issue.indexOf(':'))).join('; ');
  }
  const schema = bar.$schema;
  const { $schema: _, ...unit } = bar;
  const rows = (count: number) => new Array(count).fill({ a: 'A', b: 2 });
  const big = 1e9;

  it('says what it refused, where, and what it accepts', async () => {
    await expect(
      toSvg({ ...bar, data: { sequence: { start: 0, stop: big } } } as never),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to toSvg: 1 issue
        - spec.data.sequence: A data generator makes rows from nothing: give the rows inline as data.values (received an object; expected only "values" and "name")]
    `);
    await expect(toSvg({ ...bar, width: big })).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to toSvg: 1 issue
        - spec.width: Above the maximum of 10000 (received 1000000000; expected a size from 0 to 10000 pixels, "container" or { step })]
    `);
  });

  it('refuses data generators, and data other than inline rows', async () => {
    expect(await refusal({ ...bar, data: { sequence: { start: 0, stop: big } } })).toBe(
      'unknown-field spec.data.sequence',
    );
    expect(await refusal({ $schema: schema, layer: [{ ...unit, data: { sphere: true } }] })).toBe(
      'unknown-field spec.layer.0.data.sphere',
    );
    expect(await refusal({ ...bar, data: { graticule: { step: [1e-9, 1e-9] } } })).toBe(
      'unknown-field spec.data.graticule',
    );
    expect(await refusal({ ...bar, data: { values: 'a\n1', format: { type: 'csv' } } })).toBe(
      'unknown-field spec.data.format',
    );
    expect(await refusal({ ...bar, data: { values: 'a\n1' } })).toBe(
      'invalid-type spec.data.values',
    );
    expect(await refusal({ ...bar, data: { name: 'x' }, datasets: { x: [] } })).toBe(
      'unknown-field spec.datasets',
    );
  });

  it('refuses more rows than svgLimits.rows in all datasets together, at the dataset past it', async () => {
    expect(svgLimits.rows).toBe(100_000);
    expect(await refusal({ ...bar, data: { values: rows(100_001) } })).toBe(
      'too-big spec.data.values',
    );
    const half = { ...unit, data: { values: rows(60_000) } };
    expect(await refusal({ $schema: schema, layer: [half, half] })).toBe(
      'too-big spec.layer.1.data.values',
    );
  });

  it('refuses every transform but a filter on fields, and bounds the filters', async () => {
    for (const transform of [
      { density: 'b', steps: big },
      { flatten: ['a'] },
      { fold: ['a', 'b'] },
      { impute: 'b', key: 'a', keyvals: { start: 0, stop: big } },
      { calculate: 'sequence(0, 1e9)', as: 'c' },
      { aggregate: [{ op: 'count', as: 'n' }] },
      { window: [{ op: 'rank', as: 'r' }] },
      { bin: { maxbins: big }, field: 'b', as: 'c' },
      { timeUnit: 'year', field: 'a', as: 'c' },
      { regression: 'b', on: 'a' },
      { loess: 'b', on: 'a' },
      { lookup: 'a', from: { data: { values: [] }, key: 'a' } },
    ]) {
      const key = Object.keys(transform)[0];
      expect(await refusal({ ...bar, transform: [transform] })).toBe(
        `unknown-field spec.transform.0.${key}`,
      );
    }
    const filter = (value: unknown) => refusal({ ...bar, transform: [{ filter: value }] });
    expect(await filter('length(sequence(0, 1e9)) > 0')).toBe(
      'invalid-type spec.transform.0.filter',
    );
    expect(await filter({ param: 'brush' })).toBe('unknown-field spec.transform.0.filter.param');
    expect(await filter({ field: 'a', oneOf: rows(2_001) })).toBe(
      'too-big spec.transform.0.filter.oneOf',
    );
    const many = new Array(svgLimits.predicates + 1).fill({ filter: { field: 'a', equal: 'A' } });
    expect(await refusal({ ...bar, transform: many })).toBe('too-big spec.transform.20.filter');
  });

  it('refuses bins, imputation, time-unit parameters and facet channels in an encoding', async () => {
    const x = (change: object) =>
      refusal({ ...bar, encoding: { ...bar.encoding, x: { ...bar.encoding.x, ...change } } });
    expect(await x({ bin: { maxbins: big } })).toBe('unknown-field spec.encoding.x.bin');
    expect(await x({ bin: { step: 1e-9 } })).toBe('unknown-field spec.encoding.x.bin');
    expect(await x({ impute: { keyvals: { start: 0, stop: big } } })).toBe(
      'unknown-field spec.encoding.x.impute',
    );
    expect(await x({ timeUnit: { unit: 'milliseconds', maxbins: big } })).toBe(
      'invalid-type spec.encoding.x.timeUnit',
    );
    expect(await x({ scale: { bins: { step: 1e-9 } } })).toBe(
      'unknown-field spec.encoding.x.scale.bins',
    );
    for (const channel of ['row', 'column', 'facet', 'href', 'url', 'latitude']) {
      expect(
        await refusal({ ...bar, encoding: { ...bar.encoding, [channel]: { field: 'a' } } }),
      ).toBe(`unknown-field spec.encoding.${channel}`);
    }
  });

  it('refuses view composition, and more views than svgLimits.views', async () => {
    for (const key of ['facet', 'repeat', 'concat', 'hconcat', 'vconcat', 'spec', 'resolve']) {
      expect(await refusal({ ...bar, [key]: [] })).toBe(`unknown-field spec.${key}`);
    }
    expect(await refusal({ $schema: schema, layer: new Array(20).fill(unit) })).toBe(
      'too-big spec.layer.19',
    );
    let nested: object = unit;
    for (let i = 0; i < 30; i++) nested = { layer: [nested] };
    expect(await refusal({ $schema: schema, ...nested })).toMatch(/^too-big spec(\.layer\.0){20}$/);
  });

  it('refuses sizes and steps beyond svgLimits, wherever they are set', async () => {
    expect([svgLimits.size, svgLimits.step]).toEqual([10_000, 1_000]);
    expect(await refusal({ ...bar, width: big })).toBe('too-big spec.width');
    expect(await refusal({ ...bar, height: { step: big } })).toBe('too-big spec.height.step');
    expect(await refusal({ $schema: schema, layer: [{ ...unit, width: 10_001 }] })).toBe(
      'too-big spec.layer.0.width',
    );
    expect(await refusal({ ...bar, config: { view: { continuousWidth: big } } })).toBe(
      'too-big spec.config.view.continuousWidth',
    );
    expect(await refusal({ ...bar, config: { view: { step: big } } })).toBe(
      'too-big spec.config.view.step',
    );
    expect(await issuesOf(() => toSvg(bar, { scale: 11 }))).toEqual([
      'invalid-type options.scale: 11',
    ]);
  });

  it('refuses axis, legend and scale parameters that would create more elements than the bounds', async () => {
    const y = (change: object) =>
      refusal({ ...bar, encoding: { ...bar.encoding, y: { ...bar.encoding.y, ...change } } });
    expect(await y({ axis: { tickCount: big } })).toBe('too-big spec.encoding.y.axis.tickCount');
    expect(await y({ axis: { tickCount: { interval: 'millisecond', step: 1 } } })).toBe(
      'invalid-type spec.encoding.y.axis.tickCount',
    );
    expect(await y({ axis: { values: rows(2_001) } })).toBe('too-big spec.encoding.y.axis.values');
    expect(await y({ scale: { domain: rows(2_001) } })).toBe(
      'too-big spec.encoding.y.scale.domain',
    );
    expect(await y({ scale: { nice: big } })).toBe('too-big spec.encoding.y.scale.nice');
    expect(await y({ sort: rows(2_001) })).toBe('too-big spec.encoding.y.sort');
    const color = {
      field: 'a',
      type: 'quantitative',
      scale: { scheme: { name: 'blues', count: big } },
    };
    expect(await refusal({ ...bar, encoding: { ...bar.encoding, color } })).toBe(
      'too-big spec.encoding.color.scale.scheme.count',
    );
    const legend = { field: 'b', type: 'quantitative', legend: { tickCount: big } };
    expect(await refusal({ ...bar, encoding: { ...bar.encoding, color: legend } })).toBe(
      'too-big spec.encoding.color.legend.tickCount',
    );
    expect(await refusal({ ...bar, config: { axis: { tickCount: big } } })).toBe(
      'too-big spec.config.axis.tickCount',
    );
  });

  it('refuses expressions and parameters anywhere: toSvg never evaluates one', async () => {
    expect(await refusal({ ...bar, width: { expr: 'length(sequence(0, 1e9))' } })).toBe(
      'unknown-field spec.width.expr',
    );
    expect(await refusal({ ...bar, mark: { type: 'bar', color: { signal: 'x' } } })).toBe(
      'unknown-field spec.mark.color.signal',
    );
    const axis = { axis: { labelExpr: 'pad(datum.label, 1e9)' } };
    expect(
      await refusal({ ...bar, encoding: { ...bar.encoding, x: { ...bar.encoding.x, ...axis } } }),
    ).toBe('unknown-field spec.encoding.x.axis.labelExpr');
    expect(await refusal({ ...bar, params: [{ name: 'p', expr: '1' }] })).toBe(
      'unknown-field spec.params',
    );
    expect(await refusal({ ...bar, config: { signals: [{ name: 's', update: '1' }] } })).toBe(
      'unknown-field spec.config.signals',
    );
    const condition = { condition: { test: 'datum.b > 1', value: 'red' }, value: 'blue' };
    expect(await refusal({ ...bar, encoding: { ...bar.encoding, color: condition } })).toBe(
      'invalid-type spec.encoding.color.condition.test',
    );
  });

  it('refuses marks it does not draw, links and line breaks', async () => {
    for (const mark of ['image', 'geoshape', 'trail', 'boxplot', 'errorbar']) {
      expect(await refusal({ ...bar, mark })).toBe('invalid-value spec.mark');
    }
    expect(await refusal({ ...bar, mark: { type: 'boxplot', extent: 1.5 } })).toBe(
      'invalid-value spec.mark.type',
    );
    expect(await refusal({ ...bar, mark: { type: 'bar', href: 'javascript:alert(1)' } })).toBe(
      'unknown-field spec.mark.href',
    );
    expect(await refusal({ ...bar, config: { text: { lineBreak: 'a' } } })).toBe(
      'unknown-field spec.config.text.lineBreak',
    );
  });

  it('refuses more marks than svgLimits.marks: every view that draws the rows counts them', async () => {
    const data = { values: rows(60_000) };
    const layer = [{ mark: 'bar' }, { mark: 'text' }];
    const { mark: __, ...noMark } = bar;
    expect(await refusal({ ...noMark, data, layer })).toBe('too-big spec.layer.1.mark');
    expect(await refusal({ ...bar, data, mark: { type: 'line', point: true } })).toBe(
      'too-big spec.mark',
    );
  });

  it('refuses a spec whose marks would write more text than svgLimits.text', async () => {
    // Each mark describes every field it shows for screen readers: 2,000 tooltip fields with
    // titles of 900 characters on 50,000 rows would write 90 billion characters.
    const titled = Array.from({ length: 2_000 }, (_, i) => ({
      field: `f${i}`,
      title: 'T'.repeat(900),
    }));
    expect(
      await refusal({ ...bar, data: { values: rows(50_000) }, encoding: { tooltip: titled } }),
    ).toBe('too-big spec.encoding');
    // 20 fields showing a text of 5,000 characters on 10,000 rows: a billion characters.
    const long = new Array(10_000).fill({ a: 'x'.repeat(5_000) });
    const tooltip = new Array(20).fill({ field: 'a', type: 'nominal' });
    expect(await refusal({ ...bar, data: { values: long }, encoding: { tooltip } })).toBe(
      'too-big spec.encoding',
    );
    // A text mark writes each item of a list on a line of its own: 100,000 empty lines a row.
    const lines = new Array(2_000).fill({ a: new Array(100_000).fill('') });
    expect(
      await refusal({
        ...bar,
        data: { values: lines },
        mark: 'text',
        encoding: { text: { field: 'a' } },
      }),
    ).toBe('too-big spec.encoding');
  });

  it('refuses long texts outside the data, wide formats and long locale symbols', async () => {
    const text = { value: 'x'.repeat(svgLimits.chars + 1) };
    expect(await refusal({ ...bar, encoding: { ...bar.encoding, text } })).toBe(
      'too-big spec.encoding.text.value',
    );
    const axis = { axis: { format: '01000000000d' } };
    expect(
      await refusal({ ...bar, encoding: { ...bar.encoding, y: { ...bar.encoding.y, ...axis } } }),
    ).toBe('too-big spec.encoding.y.axis.format');
    expect(await refusal({ ...bar, config: { numberFormat: ',.1000f' } })).toBe(
      'too-big spec.config.numberFormat',
    );
    const number = (symbols: object) =>
      refusal({ ...bar, config: { locale: { number: symbols } } });
    expect(await number({ currency: ['x'.repeat(9), ''] })).toBe(
      'too-big spec.config.locale.number.currency.0',
    );
    expect(await number({ numerals: ['0'] })).toBe(
      'unknown-field spec.config.locale.number.numerals',
    );
  });

  it('draws the largest chart of this module: a portfolio of 10,000 analyses, labelled', async () => {
    const two = Object.values(samples).map((json) =>
      analyzePartnership(json, { asOf: '2026-11-27' }),
    );
    const analyses = Array.from({ length: 10_000 }, (_, i) => two[i % two.length] as never);
    const svg = await toSvg(portfolioChart(analyses));
    expect(svg.match(/aria-roledescription="point"/g)).toHaveLength(10_000);
  });

  it('draws a chart of this module edited by a caller: title, colours, fonts, size, notes', async () => {
    const chart = economicsChart(computeEconomics(samples.northwindAdvisory));
    const encoding = chart['encoding'] as Record<string, Record<string, unknown>>;
    const edited = {
      ...chart,
      title: { text: 'Northwind: revenue and profit', subtitle: 'FY2027 plan' },
      description: 'Edited by the partner team',
      usermeta: { owner: 'partner-ops', notes: rows(5_000), long: 'x'.repeat(10_000) },
      width: 800,
      height: 300,
      background: '#fafafa',
      padding: 12,
      encoding: {
        ...encoding,
        color: {
          ...encoding['color'],
          scale: { domain: ['Revenue', 'Gross profit'], range: ['#999', '#c00'] },
        },
        x: { ...encoding['x'], axis: { format: '$,.0f', tickCount: 6, grid: true } },
      },
      config: {
        ...(chart['config'] as object),
        font: 'Georgia, serif',
        axis: { labelFontSize: 11, labelColor: '#000', titleFont: 'Georgia' },
        bar: { cornerRadiusEnd: 2 },
        view: { stroke: '#ddd' },
      },
    };
    const svg = await toSvg(edited as never, { scale: 2 });
    expect(svg).toContain('Northwind: revenue and profit');
    expect(svg).toContain('#c00');
  });
});
