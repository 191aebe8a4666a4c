import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

/** The review queue's strings live under "moderation." in translations/<locale>.json. */
const NS = 'moderation.';
export const getTrad = (id: string) => `${PLUGIN_ID}.${NS}${id}`;

const messages = en as Record<string, string>;

/** formatMessage with the plugin's prefix; the English file gives the default message. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, values?: Record<string, any>, fallback?: string): string =>
      formatMessage({ id: getTrad(id), defaultMessage: messages[NS + id] ?? fallback ?? id }, values) as string,
    [formatMessage]
  );
}

export const hasMessage = (id: string) => NS + id in messages;
