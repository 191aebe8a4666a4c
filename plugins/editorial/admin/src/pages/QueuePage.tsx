import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Flex,
  Grid,
  IconButton,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Combobox,
  ComboboxOption,
  Tabs,
  TextInput,
  Typography,
  Badge,
} from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Check, Cross, Search, WarningCircle, ArrowsCounterClockwise, Question, Message, ArrowClockwise } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { styled } from 'styled-components';
import {
  ACTION_TO_STATUS,
  QUEUE_STATUSES,
  type BulkConflict,
  type ModerationAction,
  type QueueArticle,
  type QueueItem,
  type QueueResponse,
  type QueueStatus,
} from '../../../shared/moderation-api';
import { announceCounts, errorMessage, errorStatus, useModerationApi, type QueueParams } from '../api';
import { CommentCard } from '../components/CommentCard';
import { HistoryDrawer } from '../components/HistoryDrawer';
import { NoteDialog } from '../components/NoteDialog';
import { ShortcutsHelp } from '../components/ShortcutsHelp';
import { useRuleName } from '../components/ruleNames';
import { useT } from '../utils/t';

export const PAGE_SIZE = 20;
/** How often the page asks whether new comments arrived (a cheap count). */
export const NEW_POLL_MS = 5000;
const KNOWN_RULES = ['banned-words', 'suspect-words', 'insult', 'identity-attack', 'threat', 'links', 'shouting', 'duplicate', 'reports', 'article-mode'];
const SORTS = ['oldest', 'newest', 'reported'] as const;

const Sticky = styled(Box)`
  position: sticky;
  top: 0;
  z-index: 2;
`;
const Banner = styled.button`
  all: unset;
  cursor: pointer;
  display: flex;
  justify-content: center;
  align-items: center;
  gap: 8px;
  width: 100%;
  box-sizing: border-box;
  padding: 8px 16px;
  border-radius: 4px;
  background: ${({ theme }) => theme.colors.primary600};
  color: ${({ theme }) => theme.colors.neutral0};
  font-weight: 600;
  font-size: 1.4rem;
  &:focus-visible { outline: 2px solid ${({ theme }) => theme.colors.primary200}; }
`;

type Notice = { tone: 'success' | 'warning' | 'danger'; message: string; undo?: boolean; details?: string[] } | null;
const NOTICE_COLORS = {
  success: { bg: 'success100', border: 'success200', fg: 'success700' },
  warning: { bg: 'warning100', border: 'warning200', fg: 'warning700' },
  danger: { bg: 'danger100', border: 'danger200', fg: 'danger700' },
} as const;

function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable || !!el.closest?.('[role="listbox"],[role="dialog"],[role="menu"]');
}

export function QueuePage() {
  const t = useT();
  const ruleName = useRuleName();
  const api = useModerationApi();
  const { toggleNotification } = useNotification();
  const [search, setSearch] = useSearchParams();

  const params: QueueParams = useMemo(() => {
    const status = (search.get('status') ?? 'pending') as QueueStatus;
    const sort = (search.get('sort') ?? 'oldest') as QueueParams['sort'];
    return {
      status: (QUEUE_STATUSES as readonly string[]).includes(status) ? status : 'pending',
      sort: (SORTS as readonly string[]).includes(sort) ? sort : 'oldest',
      article: search.get('article') ?? undefined,
      reason: search.get('reason') ?? undefined,
      author: search.get('author') ?? undefined,
      q: search.get('q') ?? undefined,
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: PAGE_SIZE,
    };
  }, [search]);
  const filtered = !!(params.article || params.reason || params.author || params.q);

  const setParams = useCallback(
    (patch: Partial<Record<keyof QueueParams, string | number | undefined>>, resetPage = true) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '' || v === null) next.delete(k);
            else next.set(k, String(v));
          }
          if (resetPage && !('page' in patch)) next.delete('page');
          return next;
        },
        { replace: false }
      );
    },
    [setSearch]
  );

  const [data, setData] = useState<QueueResponse | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [lastAction, setLastAction] = useState<{ eventIds: number[]; label: string } | null>(null);
  const [noteFor, setNoteFor] = useState<{ action: ModerationAction; targets: QueueItem[] } | null>(null);
  const [historyAuthor, setHistoryAuthor] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [newCount, setNewCount] = useState(0);
  /** Comments the last bulk action skipped because another moderator changed them first. */
  const [conflicts, setConflicts] = useState<Record<string, BulkConflict>>({});
  /** Titles of the articles seen so far (a filtered article keeps its name). */
  const [articles, setArticles] = useState<Record<string, string>>({});
  /** The article filter's choices: articles with comments in this tab, most first. */
  const [articleChoices, setArticleChoices] = useState<QueueArticle[]>([]);
  /** What the moderator typed in the article filter: the server searches titles (debounced). */
  const [articleQuery, setArticleQuery] = useState('');
  const [articleSearch, setArticleSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setArticleSearch(articleQuery.trim()), 250);
    return () => clearTimeout(timer);
  }, [articleQuery]);
  const [searchText, setSearchText] = useState(params.q ?? '');
  const [authorText, setAuthorText] = useState(params.author ?? '');
  const sinceRef = useRef<string | null>(null);
  const cardRefs = useRef<(HTMLDivElement | null)[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  const requestId = useRef(0);

  useEffect(() => setSearchText(params.q ?? ''), [params.q]);
  useEffect(() => setAuthorText(params.author ?? ''), [params.author]);

  const load = useCallback(
    async (opts: { resetSince?: boolean } = {}) => {
      const id = ++requestId.current;
      setLoading(true);
      try {
        const res = await api.queue(params);
        if (id !== requestId.current) return;
        const { pageCount } = res.meta.pagination;
        if (params.page > 1 && params.page > pageCount) {
          // The page emptied (e.g. its last comments were approved): go to the last page with comments.
          setParams({ page: pageCount > 1 ? pageCount : undefined }, false);
          return;
        }
        setData(res);
        setLoadError(null);
        announceCounts(res.meta.counts);
        if (opts.resetSince || !sinceRef.current) {
          sinceRef.current = res.meta.newestPostedAt ?? new Date().toISOString();
          setNewCount(0);
        }
        setArticles((prev) => {
          const next = { ...prev };
          for (const item of res.data) if (item.article) next[item.article.documentId] = item.article.title;
          return next;
        });
        setFocus((f) => Math.max(0, Math.min(f, res.data.length - 1)));
        setSelected((prev) => new Set([...prev].filter((d) => res.data.some((i) => i.documentId === d))));
      } catch (e) {
        if (id === requestId.current) setLoadError(errorMessage(e));
      } finally {
        if (id === requestId.current) setLoading(false);
      }
    },
    [api, params, setParams]
  );

  // A new view (status, filters, sort) starts a new "since" for the N-new banner.
  const viewKey = `${params.status}|${params.article}|${params.reason}|${params.author}|${params.q}|${params.sort}`;
  useEffect(() => {
    sinceRef.current = null;
    setFocus(0);
    setSelected(new Set());
    setConflicts({});
  }, [viewKey]);
  useEffect(() => {
    load();
  }, [load]);
  // The article filter lists the articles with comments in this tab (refreshed with the counts).
  const statusCount = data?.meta.counts?.[params.status];
  useEffect(() => {
    let live = true;
    api
      .articles(params.status, articleSearch || undefined)
      .then((list) => {
        if (!live) return;
        setArticleChoices(list);
        setArticles((prev) => ({ ...prev, ...Object.fromEntries(list.map((a) => [a.documentId, a.title])) }));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [api, params.status, statusCount, articleSearch]);

  // "N new": poll a cheap count of comments posted since the newest one this view has seen, and
  // keep the tab counts (and the menu badge) live while other moderators work.
  useEffect(() => {
    const timer = window.setInterval(async () => {
      if (!sinceRef.current || document.hidden) return;
      try {
        const [fresh, counts] = await Promise.all([api.newCount(sinceRef.current, params.status), api.counts()]);
        setNewCount(fresh);
        setData((prev) => (prev ? { ...prev, meta: { ...prev.meta, counts } } : prev));
        announceCounts(counts);
      } catch {
        /* the next poll tries again */
      }
    }, NEW_POLL_MS);
    return () => window.clearInterval(timer);
  }, [api, params.status]);

  const items = data?.data ?? [];
  const counts = data?.meta.counts;
  const pagination = data?.meta.pagination;
  const current = items[focus];

  useEffect(() => {
    cardRefs.current[focus]?.scrollIntoView?.({ block: 'nearest' });
  }, [focus, items]);

  const showNew = useCallback(() => {
    load({ resetSince: true });
  }, [load]);

  const targetsFor = useCallback(
    (action: ModerationAction): QueueItem[] => {
      const pool = selected.size ? items.filter((i) => selected.has(i.documentId)) : current ? [current] : [];
      return pool.filter((i) => ACTION_TO_STATUS[action] !== i.status);
    },
    [items, selected, current]
  );

  /** "Jun: now rejected by Sam Moderator" for the notice after a bulk action. */
  const conflictLine = useCallback(
    (c: BulkConflict) => {
      if (c.reason === 'not-found' || !c.status) return t('conflict.line.gone', { author: c.authorName ?? c.documentId });
      const status = t(`status.${c.status}`);
      return c.changedBy
        ? t('conflict.line.by', { author: c.authorName ?? '', status, name: c.changedBy })
        : t('conflict.line', { author: c.authorName ?? '', status });
    },
    [t]
  );

  const run = useCallback(
    async (action: ModerationAction, targets: QueueItem[], note?: string) => {
      if (!targets.length || busy) return;
      setBusy(true);
      setNotice(null);
      setConflicts({});
      const label = t(`done.${action}`, { count: targets.length });
      try {
        if (targets.length === 1) {
          const item = targets[0];
          const res = await api.act(item.documentId, action, { ...(note ? { note } : {}), expectedVersion: item.version });
          setLastAction({ eventIds: [res.event.id], label });
          setNotice({ tone: 'success', message: label, undo: true });
        } else {
          const res = await api.bulk(targets, action, note);
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
          setNotice({ tone: 'danger', message: t('error.action', { message: errorMessage(e) }) });
          toggleNotification({ type: 'danger', message: t('error.action', { message: errorMessage(e) }) });
        }
      } finally {
        setBusy(false);
        await load();
      }
    },
    [api, busy, load, t, toggleNotification, conflictLine]
  );

  const act = useCallback(
    (action: ModerationAction, withNote = false, only?: QueueItem) => {
      if (withNote) {
        // The dialog lets the moderator change the action: keep every target, filter on confirm.
        const pool = only ? [only] : selected.size ? items.filter((i) => selected.has(i.documentId)) : current ? [current] : [];
        if (pool.length) setNoteFor({ action, targets: pool });
        return;
      }
      const targets = only ? [only].filter((i) => ACTION_TO_STATUS[action] !== i.status) : targetsFor(action);
      if (!targets.length) return;
      run(action, targets);
    },
    [run, targetsFor, items, selected, current]
  );

  const undo = useCallback(async () => {
    if (!lastAction) {
      setNotice({ tone: 'warning', message: t('undo.nothing') });
      return;
    }
    setBusy(true);
    try {
      const res = await api.undo(lastAction.eventIds);
      setLastAction(null);
      const msg = t('done.undo', { count: res.reverted.length });
      setNotice(
        res.conflicts.length
          ? { tone: 'warning', message: `${msg}. ${t('undo.conflicts', { count: res.conflicts.length })}` }
          : { tone: 'success', message: msg }
      );
    } catch (e) {
      setNotice({ tone: 'danger', message: t('error.action', { message: errorMessage(e) }) });
    } finally {
      setBusy(false);
      await load();
    }
  }, [api, lastAction, load, t]);

  const toggle = useCallback((documentId: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(documentId)) next.delete(documentId);
      else next.add(documentId);
      return next;
    });
  }, []);
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.documentId));
  const toggleAll = useCallback(() => {
    setSelected(allSelected ? new Set() : new Set(items.map((i) => i.documentId)));
  }, [allSelected, items]);

  const goPage = useCallback(
    (page: number) => {
      if (!pagination || page < 1 || page > Math.max(1, pagination.pageCount)) return;
      setFocus(0);
      setParams({ page: page > 1 ? page : undefined }, false);
    },
    [pagination, setParams]
  );

  // Keyboard shortcuts (see ShortcutsHelp and the README).
  const overlayOpen = !!noteFor || helpOpen || !!historyAuthor;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (overlayOpen || e.altKey || isTyping(e.target)) return;
      const ctrl = e.ctrlKey || e.metaKey;
      if (ctrl) {
        if (e.key.toLowerCase() === 'z') {
          e.preventDefault();
          undo();
        }
        return;
      }
      const key = e.key;
      const handled = () => e.preventDefault();
      switch (key) {
        case 'j':
        case 'ArrowDown':
          handled();
          setFocus((f) => Math.min(items.length - 1, f + 1));
          break;
        case 'k':
        case 'ArrowUp':
          handled();
          setFocus((f) => Math.max(0, f - 1));
          break;
        case 'a':
        case 'A':
          handled();
          act('approve', e.shiftKey);
          break;
        case 'f':
        case 'F':
          handled();
          act('flag', e.shiftKey);
          break;
        case 'r':
        case 'R':
          handled();
          act('reject', e.shiftKey);
          break;
        case 'p':
          handled();
          act('restore');
          break;
        case 'x':
          handled();
          if (current) toggle(current.documentId);
          break;
        case 'X':
          handled();
          toggleAll();
          break;
        case 'u':
          handled();
          undo();
          break;
        case 'h':
          handled();
          if (current) setHistoryAuthor(current.authorName);
          break;
        case '/':
          handled();
          searchRef.current?.focus();
          break;
        case '[':
          handled();
          goPage(params.page - 1);
          break;
        case ']':
          handled();
          goPage(params.page + 1);
          break;
        case 'n':
          handled();
          showNew();
          break;
        case '?':
          handled();
          setHelpOpen(true);
          break;
        case 'Escape':
          if (selected.size) {
            handled();
            setSelected(new Set());
          }
          break;
        default:
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [overlayOpen, items.length, act, current, toggle, toggleAll, undo, goPage, params.page, showNew, selected.size]);

  const statusLabel = (s: QueueStatus) => t(`status.${s}`);
  const bulkButtons: { action: ModerationAction; icon: any; variant: string }[] = [
    { action: 'approve', icon: <Check />, variant: 'success-light' },
    { action: 'flag', icon: <WarningCircle />, variant: 'secondary' },
    { action: 'reject', icon: <Cross />, variant: 'danger-light' },
    { action: 'restore', icon: <ArrowsCounterClockwise />, variant: 'tertiary' },
  ];
  const articleOptions = articleChoices.map((a) => [a.documentId, t('filters.article.option', { title: a.title, count: a.count })] as const);
  if (params.article && !articleChoices.some((a) => a.documentId === params.article)) {
    articleOptions.unshift([params.article, articles[params.article] ?? params.article] as const);
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Tabs.Root value={params.status} onValueChange={(v: string) => setParams({ status: v === 'pending' ? undefined : v })}>
        <Tabs.List aria-label={t('status.tabs')}>
          {QUEUE_STATUSES.map((s) => (
            <Tabs.Trigger key={s} value={s} data-testid={`tab-${s}`}>
              <Flex gap={2}>
                {statusLabel(s)}
                <Badge data-testid={`count-${s}`} active={params.status === s}>
                  {counts ? counts[s] : '–'}
                </Badge>
              </Flex>
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs.Root>

      <Grid.Root gap={3} tag="form" role="search" onSubmit={(e: React.FormEvent) => { e.preventDefault(); setParams({ q: searchText.trim() || undefined, author: authorText.trim() || undefined }); }}>
        <Grid.Item col={4} m={12} s={12} direction="column" alignItems="stretch">
          <TextInput
            ref={searchRef}
            name="q"
            aria-label={t('filters.search')}
            placeholder={t('filters.search')}
            startAction={<Search />}
            value={searchText}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearchText(e.target.value)}
            onBlur={() => searchText.trim() !== (params.q ?? '') && setParams({ q: searchText.trim() || undefined })}
          />
        </Grid.Item>
        <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Combobox
            aria-label={t('filters.article')}
            placeholder={t('filters.article.any')}
            value={params.article ?? ''}
            onChange={(v?: string) => {
              setArticleQuery('');
              setParams({ article: v ? String(v) : undefined });
            }}
            onInputChange={(e: React.ChangeEvent<HTMLInputElement>) => setArticleQuery(e.target.value)}
            onClear={
              params.article || articleQuery
                ? () => {
                    setArticleQuery('');
                    setParams({ article: undefined });
                  }
                : undefined
            }
            noOptionsMessage={() => t('filters.article.none')}
          >
            {articleOptions.map(([id, title]) => (
              <ComboboxOption key={id} value={id}>{title}</ComboboxOption>
            ))}
          </Combobox>
        </Grid.Item>
        <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
          <SingleSelect
            aria-label={t('filters.reason')}
            placeholder={t('filters.reason.any')}
            value={params.reason ?? ''}
            onChange={(v: string | number) => setParams({ reason: v ? String(v) : undefined })}
            onClear={params.reason ? () => setParams({ reason: undefined }) : undefined}
          >
            {KNOWN_RULES.map((r) => (
              <SingleSelectOption key={r} value={r}>{ruleName(r)}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Grid.Item>
        <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
          <TextInput
            name="author"
            aria-label={t('filters.author')}
            placeholder={t('filters.author.placeholder')}
            value={authorText}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAuthorText(e.target.value)}
            onBlur={() => authorText.trim() !== (params.author ?? '') && setParams({ author: authorText.trim() || undefined })}
          />
        </Grid.Item>
        <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
          <SingleSelect aria-label={t('filters.sort')} value={params.sort} onChange={(v: string | number) => setParams({ sort: v === 'oldest' ? undefined : String(v) })}>
            {SORTS.map((s) => (
              <SingleSelectOption key={s} value={s}>{t(`sort.${s}`)}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Grid.Item>
        <button type="submit" hidden />
      </Grid.Root>

      <Sticky background="neutral100" paddingTop={1} paddingBottom={1}>
        <Flex direction="column" alignItems="stretch" gap={2}>
          {newCount > 0 && (
            <Banner type="button" onClick={showNew} data-testid="new-banner" aria-live="polite">
              <ArrowClockwise width="1.4rem" height="1.4rem" /> {t('new.banner', { count: newCount })} · {t('new.show')}
            </Banner>
          )}
          <Flex gap={3} wrap="wrap" justifyContent="space-between" padding={2} background="neutral0" hasRadius shadow="tableShadow" data-testid="queue-toolbar">
            <Flex gap={3} wrap="wrap">
              <Box paddingLeft={2}>
                <Checkbox
                  aria-label={t('action.selectAll')}
                  checked={allSelected ? true : selected.size ? 'indeterminate' : false}
                  onCheckedChange={toggleAll}
                  disabled={!items.length}
                  data-testid="select-all"
                />
              </Box>
              <Typography variant="pi" textColor="neutral600" data-testid="selection-count" style={{ minWidth: '7rem' }}>
                {t('selection.count', { count: selected.size })}
              </Typography>
              {bulkButtons.map((b) => (
                <Button
                  key={b.action}
                  size="S"
                  variant={b.variant}
                  startIcon={b.icon}
                  disabled={!selected.size || busy}
                  onClick={() => act(b.action)}
                  data-testid={`bulk-${b.action}`}
                >
                  {t(`action.${b.action}`)}
                </Button>
              ))}
              <Button size="S" variant="ghost" disabled={(!selected.size && !current) || busy} onClick={() => act('flag', true)} data-testid="bulk-note">
                {t('action.withNote')}
              </Button>
            </Flex>
            <Flex gap={2}>
              <Button size="S" variant="tertiary" startIcon={<ArrowsCounterClockwise />} disabled={!lastAction || busy} onClick={undo} data-testid="undo">
                {t('action.undo')}
              </Button>
              <IconButton label={t('help.title')} onClick={() => setHelpOpen(true)} variant="tertiary" data-testid="help-button">
                <Question />
              </IconButton>
            </Flex>
          </Flex>
          {notice && (
            <Flex
              gap={3}
              paddingLeft={4}
              paddingRight={2}
              paddingTop={2}
              paddingBottom={2}
              hasRadius
              background={NOTICE_COLORS[notice.tone].bg}
              borderColor={NOTICE_COLORS[notice.tone].border}
              borderStyle="solid"
              borderWidth="1px"
              justifyContent="space-between"
              role={notice.tone === 'success' ? 'status' : 'alert'}
              data-testid="notice"
              data-tone={notice.tone}
            >
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography textColor={NOTICE_COLORS[notice.tone].fg} fontWeight="semiBold">
                  {notice.message}
                </Typography>
                {notice.details?.length ? (
                  <Box tag="ul" paddingLeft={4} data-testid="notice-details" style={{ listStyle: 'disc' }}>
                    {notice.details.map((d) => (
                      <Typography key={d} tag="li" variant="pi" textColor={NOTICE_COLORS[notice.tone].fg}>
                        {d}
                      </Typography>
                    ))}
                  </Box>
                ) : null}
              </Flex>
              <Flex gap={1}>
                {notice.undo && lastAction && (
                  <Button size="S" variant="ghost" onClick={undo} disabled={busy}>
                    {t('action.undo')} (u)
                  </Button>
                )}
                <IconButton label={t('drawer.close')} variant="ghost" onClick={() => setNotice(null)}>
                  <Cross />
                </IconButton>
              </Flex>
            </Flex>
          )}
        </Flex>
      </Sticky>

      {loadError && (
        <Box padding={4} background="danger100" hasRadius role="alert">
          <Typography textColor="danger700">{t('error.load', { message: loadError })}</Typography>
        </Box>
      )}

      {!data && loading && (
        <Flex justifyContent="center" padding={8}>
          <Loader>…</Loader>
        </Flex>
      )}

      {data && items.length === 0 && (
        <Flex direction="column" gap={3} padding={10} background="neutral0" hasRadius shadow="tableShadow" data-testid="empty-state">
          <Message width="4.8rem" height="4.8rem" fill="primary600" />
          <Typography variant="delta" tag="h2">{t('empty.title')}</Typography>
          <Typography textColor="neutral600">
            {filtered ? t('empty.filtered') : params.status === 'pending' ? t('empty.pending') : t('empty.other')}
          </Typography>
          {filtered && (
            <Button variant="secondary" onClick={() => setParams({ article: undefined, reason: undefined, author: undefined, q: undefined })}>
              {t('filters.clear')}
            </Button>
          )}
        </Flex>
      )}

      <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-busy={loading} data-testid="queue-list">
        {items.map((item, i) => (
          <CommentCard
            key={item.documentId}
            ref={(el) => {
              cardRefs.current[i] = el;
            }}
            item={item}
            index={(params.page - 1) * PAGE_SIZE + i}
            focused={i === focus}
            selected={selected.has(item.documentId)}
            busy={busy}
            onFocus={() => setFocus(i)}
            onToggle={() => toggle(item.documentId)}
            onAction={(action, withNote) => {
              setFocus(i);
              act(action, !!withNote, item);
            }}
            onHistory={() => {
              setFocus(i);
              setHistoryAuthor(item.authorName);
            }}
            onFilterArticle={(article) => setParams({ article })}
            publicUrlTemplate={data?.meta.publicArticleUrl}
            conflict={conflicts[item.documentId]}
          />
        ))}
      </Flex>

      {pagination && pagination.total > 0 && (
        <Flex justifyContent="space-between" tag="nav" aria-label={t('pagination.label')}>
          <Typography variant="pi" textColor="neutral600" data-testid="pagination-summary">
            {t(pagination.totalCapped ? 'pagination.summaryCapped' : 'pagination.summary', { page: pagination.page, pageCount: Math.max(1, pagination.pageCount), total: pagination.total })}
          </Typography>
          <Flex gap={2}>
            <IconButton label={t('pagination.previous')} disabled={params.page <= 1} onClick={() => goPage(params.page - 1)}>
              <ArrowLeft />
            </IconButton>
            <IconButton label={t('pagination.next')} disabled={params.page >= pagination.pageCount} onClick={() => goPage(params.page + 1)}>
              <ArrowRight />
            </IconButton>
          </Flex>
        </Flex>
      )}

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
        onClose={() => setHistoryAuthor(null)}
        onFilterAuthor={(author) => {
          setHistoryAuthor(null);
          setParams({ author, status: 'all' });
        }}
      />
    </Flex>
  );
}
