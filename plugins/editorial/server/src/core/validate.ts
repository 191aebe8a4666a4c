import { errors } from '@strapi/utils';
import type { z } from 'zod';

export interface ParseOptions {
  /** The input is a group of a larger object: fields are named under it (`notifications.readers.enabled`). */
  prefix?: string;
  /** What the input is, for the message: "Invalid quote settings: minConfidence: ...". */
  label?: string;
  /** The name of the whole input when the problem is not one field (`body` unless told). */
  root?: string;
  /** Name list entries `words[2]` rather than `words.2` (the moderation settings' style). */
  brackets?: boolean;
}

/**
 * The plugin's one validation path (controllers, at the boundary): parses `input` with a shared
 * zod schema and returns the typed value, or throws Strapi's ValidationError (a 400) naming the
 * first bad field in the message and in `details.field` (Strapi's validateZodSchema would name
 * no field in its message).
 */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: string | ParseOptions = {},
): z.infer<S> {
  const {
    prefix,
    label,
    root = 'body',
    brackets,
  } = typeof options === 'string' ? { prefix: options } : options;
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const unknownKey = issue.code === 'unrecognized_keys' ? String((issue as any).keys?.[0] ?? '') : '';
  const path = [...issue.path, ...(unknownKey ? [unknownKey] : [])]
    .map((p, i) => (brackets && typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
  const field = [prefix, path].filter(Boolean).join('.') || prefix || root;
  throw new errors.ValidationError(`${label ? `Invalid ${label}: ` : ''}${field}: ${issue.message}`, {
    field,
  });
}
