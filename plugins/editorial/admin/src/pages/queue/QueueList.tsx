import { useEffect, useRef } from 'react';
import { Button, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Message } from '@strapi/icons';
import type {
  BulkConflict,
  ModerationAction,
  Pagination,
  QueueItem,
  QueueStatus,
} from '../../../../shared/moderation-api';
import { CommentCard, type CardPermissions } from '../../components/CommentCard';
import { useT } from '../../utils/t';

interface Props {
  items: QueueItem[];
  loaded: boolean;
  loading: boolean;
  status: QueueStatus;
  filtered: boolean;
  page: number;
  pageSize: number;
  pagination?: Pagination;
  focus: number;
  selected: Set<string>;
  busy: boolean;
  conflicts: Record<string, BulkConflict>;
  publicUrlTemplate?: string | null;
  permissions: CardPermissions;
  onFocus: (index: number) => void;
  onToggle: (documentId: string) => void;
  onAction: (item: QueueItem, action: ModerationAction, withNote: boolean) => void;
  onAuthorHistory: (item: QueueItem) => void;
  onCommentHistory: (item: QueueItem) => void;
  onBan: (item: QueueItem) => void;
  onFilterArticle: (documentId: string) => void;
  onClearFilters: () => void;
  onPage: (page: number) => void;
}

/** The comment cards of this page, the empty state, and the pagination. */
export function QueueList(p: Props) {
  const t = useT();
  const cardRefs = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    cardRefs.current[p.focus]?.scrollIntoView?.({ block: 'nearest' });
  }, [p.focus, p.items]);

  return (
    <>
      {!p.loaded && p.loading && (
        <Flex justifyContent="center" padding={8}>
          <Loader>…</Loader>
        </Flex>
      )}

      {p.loaded && p.items.length === 0 && (
        <Flex
          direction="column"
          gap={3}
          padding={10}
          background="neutral0"
          hasRadius
          shadow="tableShadow"
          data-testid="empty-state"
        >
          <Message width="4.8rem" height="4.8rem" fill="primary600" />
          <Typography variant="delta" tag="h2">
            {t('empty.title')}
          </Typography>
          <Typography textColor="neutral600">
            {p.filtered
              ? t('empty.filtered')
              : p.status === 'pending'
                ? t('empty.pending')
                : t('empty.other')}
          </Typography>
          {p.filtered && (
            <Button variant="secondary" onClick={p.onClearFilters}>
              {t('filters.clear')}
            </Button>
          )}
        </Flex>
      )}

      <Flex
        direction="column"
        alignItems="stretch"
        gap={3}
        tag="section"
        aria-busy={p.loading}
        data-testid="queue-list"
      >
        {p.items.map((item, i) => (
          <CommentCard
            key={item.documentId}
            ref={(el) => {
              cardRefs.current[i] = el;
            }}
            item={item}
            index={(p.page - 1) * p.pageSize + i}
            focused={i === p.focus}
            selected={p.selected.has(item.documentId)}
            busy={p.busy}
            permissions={p.permissions}
            onFocus={() => p.onFocus(i)}
            onToggle={() => p.onToggle(item.documentId)}
            onAction={(action, withNote) => {
              p.onFocus(i);
              p.onAction(item, action, !!withNote);
            }}
            onHistory={() => {
              p.onFocus(i);
              p.onAuthorHistory(item);
            }}
            onCommentHistory={() => {
              p.onFocus(i);
              p.onCommentHistory(item);
            }}
            onBan={() => {
              p.onFocus(i);
              p.onBan(item);
            }}
            onFilterArticle={p.onFilterArticle}
            publicUrlTemplate={p.publicUrlTemplate}
            conflict={p.conflicts[item.documentId]}
          />
        ))}
      </Flex>

      {p.pagination && p.pagination.total > 0 && (
        <Flex justifyContent="space-between" tag="nav" aria-label={t('pagination.label')}>
          <Typography variant="pi" textColor="neutral600" data-testid="pagination-summary">
            {t(p.pagination.totalCapped ? 'pagination.summaryCapped' : 'pagination.summary', {
              page: p.pagination.page,
              pageCount: Math.max(1, p.pagination.pageCount),
              total: p.pagination.total,
            })}
          </Typography>
          <Flex gap={2}>
            <IconButton
              label={t('pagination.previous')}
              disabled={p.page <= 1}
              onClick={() => p.onPage(p.page - 1)}
            >
              <ArrowLeft />
            </IconButton>
            <IconButton
              label={t('pagination.next')}
              disabled={p.page >= p.pagination.pageCount}
              onClick={() => p.onPage(p.page + 1)}
            >
              <ArrowRight />
            </IconButton>
          </Flex>
        </Flex>
      )}
    </>
  );
}
