/**
 * The vocabulary `toSvg` draws: the parts of Vega-Lite that the charts of this module use, and
 * their close kin, as whitelists. A view is inline data, one mark or layers of views, an encoding
 * and filters; data is rows, never a generator; the only transform is a filter on fields (an
 * expression is never evaluated); marks are the simple ones; an encoding never bins or imputes; a
 * scale never declares bins; `config` holds styles. Any other key is refused, so that a future
 * Vega-Lite feature stays refused until it is added here. The walk returns what the budget needs:
 * the datasets, and each view that draws with its rows, mark and encodings.
 *
 * @module
 */
import { argumentError, describeReceived, isRecord, listOf } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { svgLimits } from '../svg-limits.js';
import { checkConfig } from './spec-config.js';
import {
  counted,
  type DrawingView,
  type Json,
  keysIn,
  listAt,
  MARKS,
  objectAt,
  type SpecParts,
  type Walk,
  words,
} from './spec-walk.js';

const VIEW = words('data mark encoding layer transform width height title description name view');
const TOP = [...words('$schema config usermeta background padding autosize'), ...VIEW];
const CHANNELS = words(
  'x y x2 y2 xOffset yOffset color fill stroke opacity fillOpacity strokeOpacity strokeWidth ' +
    'strokeDash size angle shape text tooltip detail order key theta theta2 radius radius2 description',
);
const LISTS = words('tooltip detail order');
const FIELD_DEF = words(
  'field type title sort axis legend scale datum value format formatType aggregate stack timeUnit ' +
    'bandPosition condition',
);
const CONDITION = [...FIELD_DEF.filter((key) => key !== 'condition'), 'test'];
const SCALE = words(
  'type domain domainMin domainMax domainMid range rangeMin rangeMax scheme reverse round clamp ' +
    'zero nice padding paddingInner paddingOuter align base exponent constant interpolate',
);
const FIELD_PREDICATE = words('field timeUnit equal lt lte gt gte range oneOf valid');
function timeUnitName(walk: Walk, object: Json, path: IssuePath): void {
  const unit = object['timeUnit'];
  if (unit === undefined || typeof unit === 'string') return;
  throw argumentError(
    walk.summary,
    'invalid-type',
    [...path, 'timeUnit'],
    'A time unit here is a name: its parameters (bins, steps) are not drawn here',
    describeReceived(unit),
    'a time unit by name, such as "yearmonth"',
  );
}

/** A filter's or a condition's predicate: fields compared with values, composed by and, or, not. */
function predicate(walk: Walk, value: unknown, path: IssuePath): void {
  const object = objectAt(
    walk,
    value,
    path,
    'a field predicate such as { field, oneOf }: an expression is never evaluated',
  );
  for (const key of ['and', 'or']) {
    if (object[key] === undefined) continue;
    keysIn(walk, object, path, [key]);
    const items = listAt(walk, object[key], [...path, key], 'a list of predicates');
    for (const [index, item] of items.entries()) predicate(walk, item, [...path, key, index]);
    return;
  }
  if (object['not'] !== undefined) {
    keysIn(walk, object, path, ['not']);
    predicate(walk, object['not'], [...path, 'not']);
    return;
  }
  keysIn(walk, object, path, FIELD_PREDICATE);
  if (typeof object['field'] !== 'string') {
    throw argumentError(
      walk.summary,
      object['field'] === undefined ? 'required' : 'invalid-type',
      [...path, 'field'],
      'A field predicate names its field',
      describeReceived(object['field']),
      'the name of a field',
    );
  }
  timeUnitName(walk, object, path);
  walk.predicates += 1;
  const limit = svgLimits.predicates;
  counted(
    walk,
    walk.predicates,
    limit,
    path,
    'field predicates',
    `at most ${limit} field predicates in the filters and conditions`,
  );
}

/** A channel's definition: a field, a datum or a value, with its scale, axis, legend and conditions. */
function fieldDef(
  walk: Walk,
  value: unknown,
  path: IssuePath,
  allowed: ReadonlyArray<string>,
): void {
  const def = objectAt(walk, value, path, 'a field, datum or value definition (an object)');
  keysIn(walk, def, path, allowed);
  timeUnitName(walk, def, path);
  if (def['scale'] !== undefined && def['scale'] !== null) {
    keysIn(
      walk,
      objectAt(walk, def['scale'], [...path, 'scale'], 'a scale (an object) or null'),
      [...path, 'scale'],
      SCALE,
    );
  }
  for (const key of ['axis', 'legend']) {
    if (def[key] !== undefined && def[key] !== null)
      objectAt(walk, def[key], [...path, key], `an ${key} (an object) or null`);
  }
  if (def['test'] !== undefined) predicate(walk, def['test'], [...path, 'test']);
  const condition = def['condition'];
  if (Array.isArray(condition)) {
    for (const [index, item] of condition.entries()) {
      fieldDef(walk, item, [...path, 'condition', index], CONDITION);
    }
  } else if (condition !== undefined) fieldDef(walk, condition, [...path, 'condition'], CONDITION);
}

function encoding(walk: Walk, value: unknown, path: IssuePath): Json {
  const object = objectAt(walk, value, path, 'an encoding (an object)');
  keysIn(walk, object, path, CHANNELS);
  for (const [channel, def] of Object.entries(object)) {
    if (def === null && channel === 'tooltip') continue;
    if (Array.isArray(def) && LISTS.includes(channel)) {
      for (const [index, item] of def.entries()) {
        fieldDef(walk, item, [...path, channel, index], FIELD_DEF);
      }
    } else fieldDef(walk, def, [...path, channel], FIELD_DEF);
  }
  return object;
}

function mark(walk: Walk, value: unknown, path: IssuePath): void {
  const type = isRecord(value) ? value['type'] : value;
  if (typeof type === 'string' && MARKS.includes(type)) return;
  throw argumentError(
    walk.summary,
    'invalid-value',
    isRecord(value) ? [...path, 'type'] : path,
    'Not a mark toSvg draws',
    describeReceived(type),
    listOf(MARKS, 'or'),
  );
}

function data(walk: Walk, value: unknown, path: IssuePath): ReadonlyArray<unknown> {
  const object = objectAt(walk, value, path, 'inline data: { values: [rows] }');
  keysIn(walk, object, path, ['values', 'name']);
  const rows = listAt(walk, object['values'], [...path, 'values'], 'the rows, as a list');
  walk.datasets.push({ path, rows });
  return rows;
}

function view(
  walk: Walk,
  value: unknown,
  path: IssuePath,
  allowed: ReadonlyArray<string>,
  inherited: Pick<DrawingView, 'rows' | 'encodings'>,
): void {
  const object = objectAt(walk, value, path, 'a view (an object)');
  walk.views += 1;
  counted(
    walk,
    walk.views,
    svgLimits.views,
    path,
    'views',
    `at most ${svgLimits.views} views: the spec and its layers`,
  );
  keysIn(walk, object, path, allowed);
  const rows =
    object['data'] === undefined ? inherited.rows : data(walk, object['data'], [...path, 'data']);
  const encodings =
    object['encoding'] === undefined
      ? inherited.encodings
      : [...inherited.encodings, encoding(walk, object['encoding'], [...path, 'encoding'])];
  if (object['transform'] !== undefined) {
    const transforms = listAt(
      walk,
      object['transform'],
      [...path, 'transform'],
      'a list of filters',
    );
    transforms.forEach((item, index) => {
      const at = [...path, 'transform', index];
      keysIn(walk, objectAt(walk, item, at, 'a filter: { filter: { field, oneOf } }'), at, [
        'filter',
      ]);
      predicate(walk, (item as Json)['filter'], [...at, 'filter']);
    });
  }
  if (object['mark'] !== undefined) {
    mark(walk, object['mark'], [...path, 'mark']);
    walk.drawing.push({ path, rows, mark: object['mark'], encodings });
  }
  if (object['layer'] !== undefined) {
    const layers = listAt(walk, object['layer'], [...path, 'layer'], 'a list of views');
    for (const [index, item] of layers.entries()) {
      view(walk, item, [...path, 'layer', index], VIEW, { rows, encodings });
    }
  }
}

/** Walks the views of a spec, refusing what is not in the vocabulary, and returns its parts. */
export function readSpecParts(spec: Json, summary: string): SpecParts {
  const walk: Walk = { summary, datasets: [], drawing: [], views: 0, predicates: 0 };
  view(walk, spec, ['spec'], TOP, { rows: undefined, encodings: [] });
  if (spec['config'] !== undefined) checkConfig(walk, spec['config']);
  return { datasets: walk.datasets, drawing: walk.drawing };
}
