import { errors } from '@strapi/utils';
import type { z } from 'zod';

/**
 * Parses `input` with a shared zod schema, or throws Strapi's 400 naming the first bad field
 * (under `prefix` when the input is a group of a larger object: `notifications.readers.enabled`).
 */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const unknownKey = issue.code === 'unrecognized_keys' ? String((issue as any).keys?.[0] ?? '') : '';
  const path = [...issue.path.map(String), ...(unknownKey ? [unknownKey] : [])].join('.');
  const field = [prefix, path].filter(Boolean).join('.') || prefix || 'body';
  throw new errors.ValidationError(`${field}: ${issue.message}`, { field });
}
