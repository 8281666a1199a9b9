/**
 * A quick answer to "would `schema.parse(value)` give back `value` as it is?": yes when the
 * value is valid and already in the form parse writes (plain objects and arrays, the schema's
 * keys in the schema's order, no key parse would strip). The pipeline builds its output in that
 * form, so a yes lets it return the output without zod's deep copy (an object and an issues
 * array per field, then the copy itself); a no sends the value through parse as before, which
 * throws the same error on invalid output, or returns its copy.
 *
 * The test is read off the zod definitions, so it follows the schema; a construct it does not
 * know (a refinement, a transform, a default, a union without discriminator …) is refused when
 * it is built rather than guessed at. Values are taken to be plain data as the pipeline builds
 * them: getters, symbol keys, non-enumerable properties and named properties of arrays (which
 * parse would drop) are not looked for.
 */
import type { z } from 'zod';

export type Test = (value: unknown) => boolean;

interface CheckDef {
  check: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  when?: unknown;
}

interface Def extends Partial<CheckDef> {
  type: string;
  coerce?: boolean;
  checks?: readonly { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  values?: readonly unknown[];
  options?: readonly z.ZodType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

function unsupported(what: string): never {
  throw new Error(`unchangedByParse: no quick test for ${what}; extend src/schema/parsed-form.ts`);
}

/** The checks of a schema: its own first when it is a format schema such as `z.int()`. */
function checksOf(def: Def): CheckDef[] {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  return def.check !== undefined ? [def as CheckDef, ...checks] : checks;
}

/** A finite number, and what `.int()`, `.nonnegative()`, `.min()`, `.max()` add, in one test. */
function numberTest(checks: readonly CheckDef[]): Test {
  let int = false;
  let min = -Infinity;
  let max = Infinity;
  let minOpen = false;
  let maxOpen = false;
  for (const c of checks) {
    if (c.when !== undefined) unsupported(`a conditional check (${c.check})`);
    if (c.check === 'number_format' && c.format === 'safeint') int = true;
    else if (c.check === 'greater_than' && typeof c.value === 'number' && c.value >= min) [min, minOpen] = [c.value, !c.inclusive];
    else if (c.check === 'less_than' && typeof c.value === 'number' && c.value <= max) [max, maxOpen] = [c.value, !c.inclusive];
    else unsupported(`the number check ${c.check}${c.format ? ` (${c.format})` : ''}`);
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!int || Number.isSafeInteger(v)) &&
    (minOpen ? v > min : v >= min) &&
    (maxOpen ? v < max : v <= max);
}

/** `.optional()`: absent or undefined, else the inner schema. (`.exactOptional()` refuses undefined: not supported.) */
function isOptional(schema: z.ZodType): boolean {
  if (schema._zod.traits.has('$ZodExactOptional')) unsupported('an exact optional');
  return defOf(schema).type === 'optional';
}

function objectTest(shape: Record<string, z.ZodType>): Test {
  const keys = Object.keys(shape);
  // An optional field is tested with its inner schema when it holds something.
  const optional = keys.map((k) => isOptional(shape[k]!));
  const tests = keys.map((k, i) => unchangedByParse(optional[i] ? defOf(shape[k]!).innerType! : shape[k]!));
  return (v) => {
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
    const fields = v as Record<string, unknown>;
    // Parse writes the shape's keys in the shape's order and drops the others: the value's
    // keys must come in that order, and the keys skipped over must be optional.
    let i = 0;
    for (const key in fields) {
      while (i < keys.length && keys[i] !== key) if (!optional[i++]) return false;
      if (i === keys.length) return false;
      const value = fields[key];
      if (!(optional[i] && value === undefined) && !tests[i]!(value)) return false;
      i++;
    }
    while (i < keys.length) if (!optional[i++]) return false;
    return true;
  };
}

function arrayTest(element: z.ZodType): Test {
  const test = unchangedByParse(element);
  return (v) => {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      // A hole would come back as an element.
      if ((item === undefined && !(i in v)) || !test(item)) return false;
    }
    return true;
  };
}

function discriminatedTest(discriminator: string, options: readonly z.ZodType[]): Test {
  const byTag = new Map<unknown, Test>();
  for (const option of options) {
    const tag = defOf(option).shape?.[discriminator];
    const tags = tag && defOf(tag).type === 'literal' ? defOf(tag).values! : unsupported('a union option without a literal tag');
    const test = unchangedByParse(option);
    for (const value of tags) byTag.set(value, test);
  }
  return (v) => typeof v === 'object' && v !== null && (byTag.get((v as Record<string, unknown>)[discriminator])?.(v) ?? false);
}

function oneOf(values: readonly unknown[]): Test {
  if (values.length === 1) {
    const only = values[0];
    return (v) => v === only;
  }
  const set = new Set(values);
  return (v) => set.has(v);
}

export function unchangedByParse(schema: z.ZodType): Test {
  const def = defOf(schema);
  if (def.coerce) unsupported(`a coercing ${def.type}`);
  const checks = checksOf(def);
  if (def.type === 'number') return numberTest(checks);
  if (checks.length) unsupported(`the checks of a ${def.type}`);
  if (isOptional(schema)) {
    const inner = unchangedByParse(def.innerType!);
    return (v) => v === undefined || inner(v);
  }
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'literal':
      return oneOf(def.values!);
    case 'enum':
      return oneOf((schema as z.ZodEnum).options);
    case 'nullable': {
      const inner = unchangedByParse(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'array':
      return arrayTest(def.element!);
    case 'object':
      if (def.catchall !== undefined) unsupported('an object with a catchall (strict or passthrough)');
      return objectTest(def.shape!);
    case 'union':
      if (def.discriminator === undefined) unsupported('a union without discriminator');
      return discriminatedTest(def.discriminator, def.options!);
  }
  return unsupported(`the type ${def.type}`);
}
