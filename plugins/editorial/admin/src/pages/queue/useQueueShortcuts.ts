import { useEffect, useRef } from 'react';
import type { ModerationAction } from '../../../../shared/moderation-api';

/** What the queue's keys do (see components/ShortcutsHelp.tsx and the README guide). */
export interface QueueShortcutHandlers {
  next: () => void;
  prev: () => void;
  act: (action: ModerationAction, withNote: boolean) => void;
  toggleCurrent: () => void;
  toggleAll: () => void;
  clearSelection: () => boolean;
  undo: () => void;
  authorHistory: () => void;
  commentHistory: () => void;
  focusSearch: () => void;
  prevPage: () => void;
  nextPage: () => void;
  showNew: () => void;
  help: () => void;
}

/** Keys typed into a field, a list box, a dialog or a menu belong to it, not to the queue. */
export function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    el.isContentEditable ||
    !!el.closest?.('[role="listbox"],[role="dialog"],[role="menu"]')
  );
}

const KEYS: Record<string, (h: QueueShortcutHandlers, shift: boolean) => boolean | void> = {
  j: (h) => h.next(),
  ArrowDown: (h) => h.next(),
  k: (h) => h.prev(),
  ArrowUp: (h) => h.prev(),
  a: (h, shift) => h.act('approve', shift),
  A: (h, shift) => h.act('approve', shift),
  f: (h, shift) => h.act('flag', shift),
  F: (h, shift) => h.act('flag', shift),
  r: (h, shift) => h.act('reject', shift),
  R: (h, shift) => h.act('reject', shift),
  p: (h) => h.act('restore', false),
  x: (h) => h.toggleCurrent(),
  X: (h) => h.toggleAll(),
  u: (h) => h.undo(),
  h: (h) => h.authorHistory(),
  e: (h) => h.commentHistory(),
  '/': (h) => h.focusSearch(),
  '[': (h) => h.prevPage(),
  ']': (h) => h.nextPage(),
  n: (h) => h.showNew(),
  '?': (h) => h.help(),
  // Escape only counts as handled when it cleared a selection (dialogs keep their own Escape).
  Escape: (h) => h.clearSelection(),
};

/**
 * The review queue's keyboard shortcuts, off while an overlay is open or the moderator types.
 * Handlers are read through a ref: the listener is added once per `enabled` change.
 */
export function useQueueShortcuts(enabled: boolean, handlers: QueueShortcutHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || isTyping(e.target)) return;
      if (e.ctrlKey || e.metaKey) {
        if (e.key.toLowerCase() === 'z') {
          e.preventDefault();
          ref.current.undo();
        }
        return;
      }
      const run = KEYS[e.key];
      if (!run) return;
      if (run(ref.current, e.shiftKey) !== false) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
