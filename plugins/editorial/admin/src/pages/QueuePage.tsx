import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Box, Flex, Tabs, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import {
  ACTION_TO_STATUS,
  QUEUE_SORTS,
  QUEUE_STATUSES,
  type BulkConflict,
  type ModerationAction,
  type QueueItem,
  type QueueStatus,
} from '../../../shared/moderation-api';
import { UIDS } from '../../../shared/constants';
import {
  useBulkModerateMutation,
  useGetCountsQuery,
  useGetNewCountQuery,
  useGetQueueQuery,
  useModerateMutation,
  useUndoModerationMutation,
  type QueueParams,
} from '../api';
import { BanDialog } from '../components/BanDialog';
import { CommentHistoryDrawer } from '../components/CommentHistoryDrawer';
import { HistoryDrawer } from '../components/HistoryDrawer';
import { NoteDialog } from '../components/NoteDialog';
import { ShortcutsHelp } from '../components/ShortcutsHelp';
import { errorMessage, errorStatus } from '../utils/errors';
import { useT } from '../utils/t';
import { BulkBar, type Notice } from './queue/BulkBar';
import { QueueFilters, type SetQueueParams } from './queue/QueueFilters';
import { QueueList } from './queue/QueueList';
import { useQueueShortcuts } from './queue/useQueueShortcuts';

export const PAGE_SIZE = 20;
/** How often the counts and the "N new" count are polled (RTK Query pollingInterval). */
export const NEW_POLL_MS = 5000;

/** Only roles that may open an article in the Content Manager get the "Edit article" link. */
const ARTICLE_PERMISSIONS = [{ action: 'plugin::content-manager.explorer.read', subject: UIDS.article }];

function useQueueParams(): [QueueParams, SetQueueParams] {
  const [search, setSearch] = useSearchParams();
  const params: QueueParams = useMemo(() => {
    const status = (search.get('status') ?? 'pending') as QueueStatus;
    const sort = (search.get('sort') ?? 'oldest') as QueueParams['sort'];
    return {
      status: (QUEUE_STATUSES as readonly string[]).includes(status) ? status : 'pending',
      sort: (QUEUE_SORTS as readonly string[]).includes(sort) ? sort : 'oldest',
      article: search.get('article') ?? undefined,
      reason: search.get('reason') ?? undefined,
      author: search.get('author') ?? undefined,
      q: search.get('q') ?? undefined,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: PAGE_SIZE,
    };
  }, [search]);
  const setParams: SetQueueParams = useCallback(
    (patch, resetPage = true) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '' || v === null) next.delete(k);
          else next.set(k, String(v));
        }
        if (resetPage && !('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setSearch],
  );
  return [params, setParams];
}

/** The review queue: tabs, filters, bulk bar and the list of comment cards, with keyboard shortcuts. */
export function QueuePage() {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [params, setParams] = useQueueParams();
  const filtered = !!(params.article || params.reason || params.author || params.q);
  const { allowedActions } = useRBAC(ARTICLE_PERMISSIONS);

  const { data, currentData, isFetching, error: loadError, refetch } = useGetQueueQuery(params);
  const { data: polledCounts } = useGetCountsQuery(undefined, { pollingInterval: NEW_POLL_MS });
  const [moderate] = useModerateMutation();
  const [bulkModerate] = useBulkModerateMutation();
  const [undoModeration] = useUndoModerationMutation();

  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [lastAction, setLastAction] = useState<{ eventIds: number[]; label: string } | null>(null);
  const [noteFor, setNoteFor] = useState<{ action: ModerationAction; targets: QueueItem[] } | null>(null);
  const [historyAuthor, setHistoryAuthor] = useState<string | null>(null);
  const [historyComment, setHistoryComment] = useState<QueueItem | null>(null);
  const [banFor, setBanFor] = useState<QueueItem | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  /** Comments the last bulk action skipped because another moderator changed them first. */
  const [conflicts, setConflicts] = useState<Record<string, BulkConflict>>({});
  const searchRef = useRef<HTMLInputElement>(null);

  // "N new": comments posted since the newest one this view showed when it was loaded.
  const viewKey = `${params.status}|${params.article}|${params.reason}|${params.author}|${params.q}|${params.sort}`;
  const [since, setSince] = useState<string | null>(null);
  useEffect(() => {
    setSince(null);
    setFocus(0);
    setSelected(new Set());
    setConflicts({});
  }, [viewKey]);
  useEffect(() => {
    if (since === null && currentData) setSince(currentData.meta.newestPostedAt ?? new Date().toISOString());
  }, [since, currentData]);
  const { data: newCount = 0 } = useGetNewCountQuery(
    { since: since ?? '', status: params.status },
    { skip: !since, pollingInterval: NEW_POLL_MS },
  );

  const items = useMemo(() => data?.data ?? [], [data]);
  const counts = polledCounts ?? data?.meta.counts;
  const pagination = data?.meta.pagination;
  const current: QueueItem | undefined = items[focus];
  const knownTitles = useMemo(
    () =>
      Object.fromEntries(
        items.filter((i) => i.article).map((i) => [i.article!.documentId, i.article!.title]),
      ),
    [items],
  );

  // Keep focus and selection within the page; a page that emptied goes back to the last one with comments.
  useEffect(() => {
    if (!currentData) return;
    const { pageCount } = currentData.meta.pagination;
    if (params.page > 1 && params.page > pageCount)
      setParams({ page: pageCount > 1 ? pageCount : undefined }, false);
    setFocus((f) => Math.max(0, Math.min(f, currentData.data.length - 1)));
    setSelected((prev) => new Set([...prev].filter((d) => currentData.data.some((i) => i.documentId === d))));
  }, [currentData, params.page, setParams]);

  const showNew = useCallback(async () => {
    try {
      const fresh = await refetch().unwrap();
      setSince(fresh.meta.newestPostedAt ?? new Date().toISOString());
    } catch {
      /* the error shows with the list */
    }
  }, [refetch]);

  const poolFor = useCallback(
    (only?: QueueItem) =>
      only
        ? [only]
        : selected.size
          ? items.filter((i) => selected.has(i.documentId))
          : current
            ? [current]
            : [],
    [items, selected, current],
  );

  /** "Jun: now rejected by Sam Moderator" for the notice after a bulk action. */
  const conflictLine = useCallback(
    (c: BulkConflict) => {
      if (c.reason === 'not-found' || !c.status)
        return t('conflict.line.gone', { author: c.authorName ?? c.documentId });
      const status = t(`status.${c.status}`);
      return c.changedBy
        ? t('conflict.line.by', { author: c.authorName ?? '', status, name: c.changedBy })
        : t('conflict.line', { author: c.authorName ?? '', status });
    },
    [t],
  );

  const run = useCallback(
    async (action: ModerationAction, targets: QueueItem[], note?: string) => {
      if (!targets.length || busy) return;
      setBusy(true);
      setNotice(null);
      setConflicts({});
      try {
        if (targets.length === 1) {
          const item = targets[0];
          const res = await moderate({
            documentId: item.documentId,
            action,
            ...(note ? { note } : {}),
            expectedVersion: item.version,
          }).unwrap();
          const label = t(`done.${action}`, { count: 1 });
          setLastAction({ eventIds: [res.event.id], label });
          setNotice({ tone: 'success', message: label, undo: true });
        } else {
          const res = await bulkModerate({ seen: targets, action, note }).unwrap();
          const done = t(`done.${action}`, { count: res.updated.length });
          if (res.events.length) setLastAction({ eventIds: res.events, label: done });
          if (res.conflicts.length) {
            const details = res.conflictDetails ?? [];
            setConflicts(Object.fromEntries(details.map((c) => [c.documentId, c])));
            setNotice({
              tone: 'warning',
              message: `${res.updated.length ? `${done}. ` : ''}${t('conflict.bulk', { count: res.conflicts.length })}`,
              undo: res.events.length > 0,
              details: details.map((c) => conflictLine(c)),
            });
          } else setNotice({ tone: 'success', message: done, undo: true });
        }
        setSelected(new Set());
      } catch (e) {
        if (errorStatus(e) === 409) {
          setNotice({ tone: 'warning', message: t('conflict.single') });
        } else {
          const message = t('error.action', { message: errorMessage(e) });
          setNotice({ tone: 'danger', message });
          toggleNotification({ type: 'danger', message });
        }
      } finally {
        setBusy(false);
      }
    },
    [busy, moderate, bulkModerate, t, toggleNotification, conflictLine],
  );

  const act = useCallback(
    (action: ModerationAction, withNote = false, only?: QueueItem) => {
      const pool = poolFor(only);
      if (withNote) {
        // The dialog lets the moderator change the action: keep every target, filter on confirm.
        if (pool.length) setNoteFor({ action, targets: pool });
        return;
      }
      const targets = pool.filter((i) => ACTION_TO_STATUS[action] !== i.status);
      if (targets.length) run(action, targets);
    },
    [run, poolFor],
  );

  const undo = useCallback(async () => {
    if (!lastAction) {
      setNotice({ tone: 'warning', message: t('undo.nothing') });
      return;
    }
    setBusy(true);
    try {
      const res = await undoModeration(lastAction.eventIds).unwrap();
      setLastAction(null);
      const msg = t('done.undo', { count: res.reverted.length });
      setNotice(
        res.conflicts.length
          ? { tone: 'warning', message: `${msg}. ${t('undo.conflicts', { count: res.conflicts.length })}` }
          : { tone: 'success', message: msg },
      );
    } catch (e) {
      setNotice({ tone: 'danger', message: t('error.action', { message: errorMessage(e) }) });
    } finally {
      setBusy(false);
    }
  }, [lastAction, undoModeration, t]);

  const toggle = useCallback((documentId: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(documentId)) next.delete(documentId);
      else next.add(documentId);
      return next;
    });
  }, []);
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.documentId));
  const toggleAll = useCallback(
    () => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.documentId))),
    [allSelected, items],
  );

  const goPage = useCallback(
    (page: number) => {
      if (!pagination || page < 1 || page > Math.max(1, pagination.pageCount)) return;
      setFocus(0);
      setParams({ page: page > 1 ? page : undefined }, false);
    },
    [pagination, setParams],
  );

  const overlayOpen = !!noteFor || helpOpen || !!historyAuthor || !!historyComment || !!banFor;
  useQueueShortcuts(!overlayOpen, {
    next: () => setFocus((f) => Math.min(items.length - 1, f + 1)),
    prev: () => setFocus((f) => Math.max(0, f - 1)),
    act: (action, withNote) => act(action, withNote),
    toggleCurrent: () => current && toggle(current.documentId),
    toggleAll,
    clearSelection: () => {
      if (!selected.size) return false;
      setSelected(new Set());
      return true;
    },
    undo,
    authorHistory: () => current && setHistoryAuthor(current.authorName),
    commentHistory: () => current && setHistoryComment(current),
    focusSearch: () => searchRef.current?.focus(),
    prevPage: () => goPage(params.page - 1),
    nextPage: () => goPage(params.page + 1),
    showNew,
    help: () => setHelpOpen(true),
  });

  const closeAuthorHistory = useCallback(() => setHistoryAuthor(null), []);
  const closeCommentHistory = useCallback(() => setHistoryComment(null), []);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Tabs.Root
        value={params.status}
        onValueChange={(v: string) => setParams({ status: v === 'pending' ? undefined : v })}
      >
        <Tabs.List aria-label={t('status.tabs')}>
          {QUEUE_STATUSES.map((s) => (
            <Tabs.Trigger key={s} value={s} data-testid={`tab-${s}`}>
              <Flex gap={2}>
                {t(`status.${s}`)}
                <Badge data-testid={`count-${s}`} active={params.status === s}>
                  {counts ? counts[s] : '–'}
                </Badge>
              </Flex>
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs.Root>

      <QueueFilters ref={searchRef} params={params} setParams={setParams} knownTitles={knownTitles} />

      <BulkBar
        newCount={newCount}
        onShowNew={showNew}
        hasItems={items.length > 0}
        allSelected={allSelected}
        selectedCount={selected.size}
        onToggleAll={toggleAll}
        busy={busy}
        canNote={!!selected.size || !!current}
        onAct={(action, withNote) => act(action, withNote)}
        canUndo={!!lastAction}
        onUndo={undo}
        onHelp={() => setHelpOpen(true)}
        notice={notice}
        onCloseNotice={() => setNotice(null)}
      />

      {loadError && (
        <Box padding={4} background="danger100" hasRadius role="alert">
          <Typography textColor="danger700">
            {t('error.load', { message: errorMessage(loadError) })}
          </Typography>
        </Box>
      )}

      <QueueList
        items={items}
        loaded={!!data}
        loading={isFetching}
        status={params.status}
        filtered={filtered}
        page={params.page}
        pageSize={PAGE_SIZE}
        pagination={pagination}
        focus={focus}
        selected={selected}
        busy={busy}
        conflicts={conflicts}
        publicUrlTemplate={data?.meta.publicArticleUrl}
        permissions={{ editArticle: !!allowedActions.canRead }}
        onFocus={setFocus}
        onToggle={toggle}
        onAction={(item, action, withNote) => act(action, withNote, item)}
        onAuthorHistory={(item) => setHistoryAuthor(item.authorName)}
        onCommentHistory={setHistoryComment}
        onBan={setBanFor}
        onFilterArticle={(article) => setParams({ article })}
        onClearFilters={() =>
          setParams({ article: undefined, reason: undefined, author: undefined, q: undefined })
        }
        onPage={goPage}
      />

      <NoteDialog
        action={noteFor?.action ?? null}
        count={noteFor?.targets.length ?? 0}
        onCancel={() => setNoteFor(null)}
        onConfirm={(note, action) => {
          const n = noteFor;
          setNoteFor(null);
          const targets = n ? n.targets.filter((i) => ACTION_TO_STATUS[action] !== i.status) : [];
          if (targets.length) run(action, targets, note || undefined);
        }}
      />
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <HistoryDrawer
        author={historyAuthor}
        currentId={current?.documentId}
        onClose={closeAuthorHistory}
        onFilterAuthor={(author) => {
          setHistoryAuthor(null);
          setParams({ author, status: 'all' });
        }}
      />
      <CommentHistoryDrawer comment={historyComment} onClose={closeCommentHistory} />
      <BanDialog comment={banFor} onClose={() => setBanFor(null)} />
    </Flex>
  );
}
