/**
 * Restricts `populate` for public (content-API) reads so relations can never reach hidden
 * rows: unapproved comments, quotes of drafts or rejected quotes. Whatever shape the client
 * sends ('*', 'a,b', ['a'], {a: {...}}), each allowed relation gets the rule's own filters
 * and nested populates are dropped (the rule says what may be nested).
 */
export type PopulateRule = {
  filters?: Record<string, unknown>;
  fields?: string[];
  populate?: Record<string, PopulateRule | false>;
};
export type PopulateRules = Record<string, PopulateRule | false>;

function requestedKeys(populate: unknown, allKeys: string[]): string[] {
  if (populate === undefined || populate === null || populate === false || populate === '') return [];
  if (populate === '*' || populate === true) return allKeys;
  if (typeof populate === 'string') return populate.split(',').map((s) => s.trim().split('.')[0]).filter(Boolean);
  if (Array.isArray(populate)) return populate.flatMap((p) => requestedKeys(p, allKeys));
  if (typeof populate === 'object') return Object.keys(populate as object);
  return [];
}

function ruleToPopulate(rule: PopulateRule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (rule.filters) out.filters = rule.filters;
  if (rule.fields) out.fields = rule.fields;
  if (rule.populate) {
    const nested: Record<string, unknown> = {};
    for (const [k, r] of Object.entries(rule.populate)) if (r) nested[k] = ruleToPopulate(r);
    if (Object.keys(nested).length) out.populate = nested;
  }
  return out;
}

export function restrictPopulate(populate: unknown, rules: PopulateRules): Record<string, unknown> | undefined {
  const keys = [...new Set(requestedKeys(populate, Object.keys(rules)))];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const rule = rules[key];
    if (!rule) continue; // unknown or forbidden relation: silently not populated
    out[key] = ruleToPopulate(rule);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Combines a client's filters with a filter the server always enforces. */
export function enforceFilters(clientFilters: unknown, enforced: Record<string, unknown>) {
  if (!clientFilters || (typeof clientFilters === 'object' && !Object.keys(clientFilters as object).length)) {
    return enforced;
  }
  return { $and: [clientFilters, enforced] };
}
