import { useCallback } from 'react';
import { hasMessage, useT } from '../utils/t';

/** Rule ids in words ("banned-words" -> "Banned words"); unknown rules read as their id. */
export function useRuleName() {
  const t = useT();
  return useCallback(
    (rule: string) => (hasMessage(`rule.${rule}`) ? t(`rule.${rule}`) : rule.replace(/[-_]/g, ' ')),
    [t],
  );
}
