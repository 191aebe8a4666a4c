import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

export const getTrad = (id: string) => `${PLUGIN_ID}.${id}`;

const messages = en as Record<string, string>;

/** formatMessage with the plugin's prefix; the English file is the default message. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, values?: Record<string, any>, fallback?: string): string =>
      formatMessage({ id: getTrad(id), defaultMessage: messages[id] ?? fallback ?? id }, values) as string,
    [formatMessage]
  );
}

export const hasMessage = (id: string) => id in messages;

export function prefixTranslations(data: Record<string, string>) {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [getTrad(k), v]));
}
