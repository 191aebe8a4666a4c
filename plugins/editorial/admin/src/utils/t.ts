import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

/**
 * Strings live in translations/<locale>.json under a namespace per page group: "moderation."
 * (the review queue and its settings, the default), "quotes.", "sources.", "import.", "cm.".
 */
export type Namespace = 'moderation' | 'quotes' | 'sources' | 'import' | 'cm' | 'settings';
export const getTrad = (id: string, ns: Namespace = 'moderation') => `${PLUGIN_ID}.${ns}.${id}`;

const messages = en as Record<string, string>;

/** formatMessage with the plugin's prefix and a namespace; the English file gives the default message. */
export function useT(ns: Namespace = 'moderation') {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, values?: Record<string, any>, fallback?: string): string =>
      formatMessage(
        { id: getTrad(id, ns), defaultMessage: messages[`${ns}.${id}`] ?? fallback ?? id },
        values,
      ) as string,
    [formatMessage, ns],
  );
}

export const hasMessage = (id: string, ns: Namespace = 'moderation') => `${ns}.${id}` in messages;
