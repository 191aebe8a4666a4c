import { forwardRef, useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Textarea,
  Typography,
  TextButton,
  Tooltip,
} from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import {
  Check,
  Clock,
  Cross,
  ArrowsCounterClockwise,
  ExternalLink,
  Filter,
  Lock,
  Pencil,
  Message,
  WarningCircle,
  User,
} from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import { css, styled } from 'styled-components';
import type { BulkConflict, ModerationAction, QueueItem } from '../../../shared/moderation-api';
import { publicArticleUrl } from '../../../shared/public-url';
import { HighlightedText } from './HighlightedText';
import { tinted } from './tinted';
import { useRuleName } from './ruleNames';
import { useTimeFormat } from './time';
import { useT } from '../utils/t';
import { useStaffReplyMutation } from '../api';
import { errorMessage } from '../utils/errors';

const Card = styled(Box)<{ $focused: boolean; $selected: boolean }>`
  border: 1px solid ${({ theme, $focused }) => ($focused ? theme.colors.primary600 : theme.colors.neutral150)};
  box-shadow: ${({ theme, $focused }) => ($focused ? `0 0 0 2px ${theme.colors.primary200}` : theme.shadows.tableShadow)};
  background: ${({ theme, $selected }) => ($selected ? theme.colors.primary100 : theme.colors.neutral0)};
  scroll-margin: 96px;
  outline: none;
`;

const Quote = styled(Box)`
  border-left: 3px solid ${({ theme }) => theme.colors.neutral200};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const ReasonPill = styled.span`
  display: inline-flex;
  gap: 4px;
  align-items: baseline;
  padding: 2px 8px;
  ${tinted('warning')}
  font-size: 1.2rem;
  line-height: 1.8rem;
  strong {
    font-weight: 600;
  }
`;

/** Small inline link look, shared by in-app (router) and external links. */
const linkLook = css`
  color: ${({ theme }) => theme.colors.primary600};
  font-size: 1.2rem;
  text-decoration: none;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  &:hover {
    text-decoration: underline;
  }
`;
const InlineLink = styled(RouterLink)`
  ${linkLook}
`;
const External = styled.a`
  ${linkLook}
`;

const ConflictNote = styled.div`
  display: flex;
  gap: 8px;
  align-items: center;
  padding: 6px 10px;
  ${tinted('warning')}
  svg {
    fill: ${({ theme }) => theme.colors.warning600};
    flex-shrink: 0;
  }
`;

export const STATUS_BADGE: Record<string, { bg: string; fg: string }> = {
  pending: { bg: 'secondary100', fg: 'secondary700' },
  flagged: { bg: 'warning100', fg: 'warning700' },
  rejected: { bg: 'danger100', fg: 'danger700' },
  approved: { bg: 'success100', fg: 'success700' },
};

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  const c = STATUS_BADGE[status] ?? STATUS_BADGE.pending;
  return (
    <Badge backgroundColor={c.bg} textColor={c.fg}>
      {t(`status.${status}`)}
    </Badge>
  );
}

const ACTIONS_FOR: Record<string, ModerationAction[]> = {
  pending: ['approve', 'flag', 'reject'],
  flagged: ['approve', 'reject', 'restore'],
  rejected: ['approve', 'restore'],
  approved: ['flag', 'reject', 'restore'],
};
const ACTION_ICON: Record<ModerationAction, any> = {
  approve: Check,
  flag: WarningCircle,
  reject: Cross,
  restore: ArrowsCounterClockwise,
};
const ACTION_VARIANT: Record<ModerationAction, React.ComponentProps<typeof Button>['variant']> = {
  approve: 'success-light',
  flag: 'secondary',
  reject: 'danger-light',
  restore: 'tertiary',
};

/** The readers' page of an article: the configured template (see shared/public-url.ts), relative paths on the Strapi server; null when none is set. */
export function articlePublicUrl(
  template: string | null | undefined,
  article: { slug: string; documentId: string },
) {
  const backend = (window as any).strapi?.backendURL ?? window.location.origin;
  return publicArticleUrl(template, article, backend);
}

/** What the signed-in user may follow from a card (links appear only then). */
export interface CardPermissions {
  editArticle: boolean;
}

const NoteBox = styled(Box)`
  border-left: 3px solid ${({ theme }) => theme.colors.primary500};
`;

/** Moderators' notes ("flag with a note") and readers' report reasons, on the card itself. */
function NotesAndReports({ item }: { item: QueueItem }) {
  const t = useT();
  const fmt = useTimeFormat();
  const notes = item.notes ?? [];
  const reports = item.reportReasons ?? [];
  if (!notes.length && !reports.length) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {reports.length > 0 && (
        <Flex gap={2} wrap="wrap" data-testid="report-reasons">
          <Typography variant="pi" fontWeight="semiBold" textColor="danger600">
            {t('item.reportReasons')}
          </Typography>
          {reports.map((r) => (
            <Badge key={r.reason} backgroundColor="danger100" textColor="danger700" data-reason={r.reason}>
              {t('item.reportReason', { reason: t(`report.${r.reason}`), count: r.count })}
            </Badge>
          ))}
        </Flex>
      )}
      {notes.map((n, i) => (
        <NoteBox key={`${n.at}-${i}`} paddingLeft={3} data-testid="moderator-note">
          <Typography variant="pi" textColor="neutral600" fontWeight="semiBold">
            {t('item.noteBy', { name: n.actorName ?? t('events.someone'), time: fmt(n.at).relative })}
          </Typography>
          <Typography tag="p" variant="omega" textColor="neutral800" style={{ whiteSpace: 'pre-wrap' }}>
            {n.note}
          </Typography>
        </NoteBox>
      ))}
    </Flex>
  );
}

/** "Reply as staff": the reply is published at once under the comment, marked as staff. */
function StaffReplyBox({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reply, { isLoading }] = useStaffReplyMutation();
  const send = async () => {
    setError(null);
    try {
      await reply({ documentId: item.documentId, body: body.trim() }).unwrap();
      toggleNotification({ type: 'success', message: t('staffReply.sent', { author: item.authorName }) });
      setBody('');
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Box
      padding={3}
      background="neutral100"
      hasRadius
      data-testid="staff-reply"
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      <Field.Root
        name={`staff-reply-${item.documentId}`}
        error={error ?? undefined}
        hint={t('staffReply.hint')}
      >
        <Field.Label>{t('staffReply.label', { author: item.authorName })}</Field.Label>
        <Textarea
          value={body}
          maxLength={5000}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBody(e.target.value)}
          onKeyDown={(e: React.KeyboardEvent) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && body.trim().length >= 2) send();
          }}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Flex gap={2} paddingTop={2} justifyContent="flex-end">
        <Button variant="tertiary" size="S" onClick={onDone}>
          {t('note.cancel')}
        </Button>
        <Button
          size="S"
          loading={isLoading}
          disabled={body.trim().length < 2}
          onClick={send}
          data-testid="staff-reply-send"
        >
          {t('staffReply.send')}
        </Button>
      </Flex>
    </Box>
  );
}

interface Props {
  item: QueueItem;
  permissions: CardPermissions;
  onCommentHistory: () => void;
  onBan: () => void;
  index: number;
  focused: boolean;
  selected: boolean;
  busy: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onAction: (action: ModerationAction, withNote?: boolean) => void;
  onHistory: () => void;
  onFilterArticle: (documentId: string) => void;
  /** Template of the article's public page (queue meta.publicArticleUrl); no link without one. */
  publicUrlTemplate?: string | null;
  /** Set when the last bulk action skipped this comment because someone else changed it. */
  conflict?: BulkConflict;
}

export const CommentCard = forwardRef<HTMLDivElement, Props>(function CommentCard(
  {
    item,
    index,
    focused,
    selected,
    busy,
    permissions,
    onFocus,
    onToggle,
    onAction,
    onHistory,
    onCommentHistory,
    onBan,
    onFilterArticle,
    publicUrlTemplate,
    conflict,
  },
  ref,
) {
  const t = useT();
  const [replying, setReplying] = useState(false);
  const stop = (fn: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    fn();
  };
  const ruleName = useRuleName();
  const fmt = useTimeFormat();
  const time = fmt(item.postedAt);
  const fmtDate = (iso: string) => fmt(iso).full;
  const h = item.authorHistory ?? { approved: 0, rejected: 0, pending: 0, flagged: 0 };
  return (
    <Card
      ref={ref}
      tag="article"
      $focused={focused}
      $selected={selected}
      hasRadius
      paddingTop={3}
      paddingBottom={3}
      paddingLeft={4}
      paddingRight={4}
      tabIndex={-1}
      aria-current={focused ? 'true' : undefined}
      aria-label={`${item.authorName}: ${item.body.slice(0, 80)}`}
      data-testid="queue-item"
      data-document-id={item.documentId}
      data-status={item.status}
      data-focused={focused ? 'true' : 'false'}
      onClick={onFocus}
    >
      <Flex gap={3} alignItems="flex-start">
        <Box paddingTop={1} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
          <Checkbox
            aria-label={t('action.select', { author: item.authorName })}
            checked={selected}
            onCheckedChange={() => onToggle()}
            data-testid="select-item"
          />
        </Box>
        <Flex direction="column" alignItems="stretch" gap={2} flex="1" minWidth={0}>
          <Flex gap={2} wrap="wrap" alignItems="center">
            <StatusBadge status={item.status} />
            <Typography fontWeight="bold" textColor="neutral800">
              {item.authorName}
            </Typography>
            {item.isStaff && (
              <Badge backgroundColor="primary100" textColor="primary700">
                {t('item.staff')}
              </Badge>
            )}
            {item.authorBan && (
              <Badge backgroundColor="danger100" textColor="danger700" data-testid="author-banned">
                {item.authorBan.kind === 'ban'
                  ? t('item.banned')
                  : t('item.suspended', {
                      until: item.authorBan.expiresAt ? fmtDate(item.authorBan.expiresAt) : '',
                    })}
              </Badge>
            )}
            <Tooltip label={t('item.historyTitle', h)}>
              <TextButton
                startIcon={<User />}
                onClick={(e: React.MouseEvent) => {
                  e.stopPropagation();
                  onHistory();
                }}
                data-testid="history-button"
              >
                {t('item.history', h)}
              </TextButton>
            </Tooltip>
            <Typography variant="pi" textColor="neutral600" title={time.full}>
              · {t('item.posted', { time: time.relative })}
            </Typography>
            {item.origin === 'import' && <Badge>{t('item.imported')}</Badge>}
            <Typography
              variant="pi"
              fontWeight={item.reportCount > 0 ? 'bold' : undefined}
              textColor={item.reportCount > 0 ? 'danger600' : 'neutral500'}
              data-testid="report-count"
            >
              · {t('item.reports', { count: item.reportCount })}
            </Typography>
          </Flex>

          <Flex gap={3} wrap="wrap" alignItems="center">
            {item.article ? (
              <>
                <Typography variant="pi" textColor="neutral700" ellipsis style={{ maxWidth: 520 }}>
                  {t('item.article', { title: item.article.title })}
                </Typography>
                <TextButton
                  startIcon={<Filter />}
                  onClick={(e: React.MouseEvent) => {
                    e.stopPropagation();
                    onFilterArticle(item.article!.documentId);
                  }}
                  data-testid="filter-article"
                >
                  {t('item.filterArticle')}
                </TextButton>
                {permissions.editArticle && (
                  <InlineLink
                    to={`/content-manager/collection-types/plugin::editorial.article/${item.article.documentId}`}
                    onClick={(e) => e.stopPropagation()}
                    data-testid="edit-article"
                  >
                    <Pencil width="1.2rem" height="1.2rem" /> {t('item.openArticle')}
                  </InlineLink>
                )}
                {
                  !item.article.publishedSlug ? (
                    <Typography variant="pi" textColor="neutral500">
                      ({t('item.notPublished')})
                    </Typography>
                  ) : publicUrlTemplate ? (
                    <External
                      href={
                        articlePublicUrl(publicUrlTemplate, {
                          slug: item.article.publishedSlug,
                          documentId: item.article.documentId,
                        }) ?? undefined
                      }
                      data-testid="public-link"
                      target="_blank"
                      rel="noopener noreferrer"
                      onClick={(e) => e.stopPropagation()}
                    >
                      <ExternalLink width="1.2rem" height="1.2rem" /> {t('item.openPublic')}
                    </External>
                  ) : null /* no publicArticleUrl configured: no link to a page that may not exist */
                }
              </>
            ) : (
              <Typography variant="pi" textColor="neutral500">
                {t('item.noArticle')}
              </Typography>
            )}
          </Flex>

          {conflict && (
            <ConflictNote role="note" data-testid="conflict-note">
              <WarningCircle width="1.4rem" height="1.4rem" />
              <Typography variant="pi" textColor="warning700" fontWeight="semiBold">
                {conflict.changedBy
                  ? t('conflict.item.by', {
                      name: conflict.changedBy,
                      status: t(`status.${conflict.status}`),
                    })
                  : t('conflict.item', { status: t(`status.${conflict.status}`) })}
              </Typography>
            </ConflictNote>
          )}

          {item.parent && (
            <Quote paddingLeft={3} data-testid="parent-comment">
              <Typography variant="pi" textColor="neutral600" fontWeight="semiBold">
                {t('item.reply', { author: item.parent.authorName })}{' '}
                {item.parent.status !== 'approved'
                  ? t('item.replyStatus', { status: t(`status.${item.parent.status}`) })
                  : ''}
              </Typography>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {item.parent.body.length > 280 ? `${item.parent.body.slice(0, 280)}…` : item.parent.body}
              </Typography>
            </Quote>
          )}

          <HighlightedText text={item.body} reasons={item.reasons} />

          <NotesAndReports item={item} />

          <Flex gap={3} wrap="wrap" justifyContent="space-between" alignItems="center">
            <Flex gap={2} wrap="wrap" data-testid="reasons">
              {item.reasons?.length ? (
                item.reasons.map((r, i) => (
                  <ReasonPill key={`${r.rule}-${i}`} data-rule={r.rule}>
                    <strong>{ruleName(r.rule)}</strong>
                    {r.detail ? <span>· {r.detail}</span> : null}
                  </ReasonPill>
                ))
              ) : (
                <Typography variant="pi" textColor="neutral500">
                  {t('item.noReasons')}
                </Typography>
              )}
            </Flex>
            <Flex gap={2} wrap="wrap">
              {(ACTIONS_FOR[item.status] ?? []).map((action) => {
                const Icon = ACTION_ICON[action];
                return (
                  <Button
                    key={action}
                    size="S"
                    variant={ACTION_VARIANT[action]}
                    startIcon={<Icon />}
                    disabled={busy}
                    onClick={(e: React.MouseEvent) => {
                      e.stopPropagation();
                      onAction(action);
                    }}
                    data-action={action}
                  >
                    {t(`action.${action}`)}
                  </Button>
                );
              })}
              <Button
                size="S"
                variant="ghost"
                startIcon={<Pencil />}
                disabled={busy}
                onClick={(e: React.MouseEvent) => {
                  e.stopPropagation();
                  // Flag is the usual action with a note; a flagged comment is usually rejected next.
                  onAction(item.status === 'flagged' ? 'reject' : 'flag', true);
                }}
                data-testid="note-button"
              >
                {t('action.withNote')}
              </Button>
            </Flex>
          </Flex>
          <Flex gap={3} wrap="wrap">
            <TextButton
              startIcon={<Clock />}
              onClick={stop(onCommentHistory)}
              data-testid="comment-history-button"
            >
              {t('item.commentHistory')}
            </TextButton>
            {item.status === 'approved' && !item.isStaff && (
              <TextButton
                startIcon={<Message />}
                onClick={stop(() => setReplying(true))}
                disabled={replying}
                data-testid="staff-reply-button"
              >
                {t('staffReply.open')}
              </TextButton>
            )}
            {!item.isStaff && (
              <TextButton startIcon={<Lock />} onClick={stop(onBan)} data-testid="ban-button">
                {item.authorBan ? t('ban.again') : t('ban.open')}
              </TextButton>
            )}
          </Flex>
          {replying && <StaffReplyBox item={item} onDone={() => setReplying(false)} />}
        </Flex>
        <Typography variant="pi" textColor="neutral400" aria-hidden>
          {index + 1}
        </Typography>
      </Flex>
    </Card>
  );
});
