import type * as z from 'zod/mini';
import { formatPath, type StoryError } from './storyError.ts';

/** Turns zod's issues into errors that say what is wrong at a path and what would be right. */
export function schemaErrors(schema: z.ZodMiniType, issues: readonly z.core.$ZodIssue[], data: unknown, file: string): StoryError[] {
  return issues.flatMap((issue): StoryError[] => {
    const at = (parts: readonly PropertyKey[]) => ({ file, path: formatPath(parts) });
    const value = valueAt(data, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          ...at([...issue.path, key]),
          message: `unknown field "${key}"`,
          expected: `only the fields ${fieldsAt(schema, issue.path).join(', ')}; remove it or fix its spelling`,
        }));
      case 'invalid_type':
        return [
          value === undefined
            ? { ...at(issue.path), message: 'missing field', expected: article(issue.expected) }
            : { ...at(issue.path), message: `${describeValue(value)} is not ${article(issue.expected)}`, expected: article(issue.expected) },
        ];
      case 'invalid_value':
        return [{
          ...at(issue.path),
          message: `unknown value ${describeValue(value)}`,
          expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        }];
      default:
        return [{ ...at(issue.path), message: `${describeValue(value)} is not valid`, expected: issue.message }];
    }
  });
}

/** The field names the schema allows for the object at a data path. */
function fieldsAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    const def = (node as { def: { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } }).def;
    if (def.type === 'array') node = def.element;
    else if (def.type === 'object') node = def.shape?.[String(key)];
    if ((node as { def: { innerType?: unknown } }).def.innerType) node = (node as { def: { innerType: unknown } }).def.innerType;
  }
  return Object.keys((node as { def: { shape?: object } }).def.shape ?? {});
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list ([…])';
  if (expected === 'object') return 'an object ({…})';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node == null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
