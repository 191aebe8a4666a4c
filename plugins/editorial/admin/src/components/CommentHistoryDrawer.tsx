import type { ReactNode } from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import type { ModerationEvent, QueueItem } from '../../../shared/moderation-api';
import { useGetCommentHistoryQuery } from '../api';
import { errorMessage } from '../utils/errors';
import { useT } from '../utils/t';
import { Drawer } from './Drawer';
import { useRuleName } from './ruleNames';
import { useTimeFormat } from './time';

/** Readers who report are recorded as "reader:<hash>": shown as "A reader", never the hash. */
export const isReaderActor = (name: string | null) => !!name && name.startsWith('reader:');

/** Who did it: the moderator's name, "A reader", or the system. */
export function useActorName() {
  const t = useT();
  return (e: Pick<ModerationEvent, 'actorType' | 'actorName'>) =>
    isReaderActor(e.actorName)
      ? t('events.reader')
      : e.actorType === 'admin'
        ? (e.actorName ?? t('events.someone'))
        : t('events.system');
}

/** What a person wrote on an event (a report, a note), line breaks kept. */
const EventText = ({ testId, children }: { testId: string; children: ReactNode }) => (
  <Typography tag="p" textColor="neutral800" data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
    {children}
  </Typography>
);

/** One comment's own history: every event with its actor, status change, note and reasons. */
export function CommentHistoryDrawer({
  comment,
  onClose,
}: {
  comment: QueueItem | null;
  onClose: () => void;
}) {
  const t = useT();
  const fmt = useTimeFormat();
  const ruleName = useRuleName();
  const actor = useActorName();
  const { data: history, error } = useGetCommentHistoryQuery(comment?.documentId ?? '', {
    skip: !comment,
    refetchOnMountOrArgChange: true,
  });
  if (!comment) return null;
  const data = history?.events;
  return (
    <Drawer
      title={t('events.title', { author: comment.authorName })}
      onClose={onClose}
      testId="comment-history"
    >
      {error && <Typography textColor="danger600">{errorMessage(error)}</Typography>}
      {!data && !error && <Loader small />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={3} tag="ol">
          {data.length === 0 && <Typography textColor="neutral600">{t('events.empty')}</Typography>}
          {data.map((e) => {
            const time = fmt(e.at);
            const change = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus;
            return (
              <Box
                key={e.id}
                tag="li"
                padding={3}
                hasRadius
                background="neutral100"
                data-testid="comment-event"
                data-action={e.action}
              >
                <Flex gap={2} wrap="wrap" alignItems="baseline">
                  <Typography fontWeight="bold">
                    {t(`events.action.${e.action}`, undefined, e.action)}
                  </Typography>
                  <Typography variant="pi" textColor="neutral700" data-testid="event-actor">
                    {t('events.by', { actor: actor(e) })}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600" title={time.full}>
                    · {time.relative}
                  </Typography>
                </Flex>
                {change ? (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {t('events.change', { from: t(`status.${e.fromStatus}`), to: t(`status.${e.toStatus}`) })}
                  </Typography>
                ) : null}
                {e.action === 'report' && e.reportReason ? (
                  <EventText testId="event-report">
                    {t('events.reportReason', { reason: t(`report.${e.reportReason}`) })}
                    {e.reportNote ? ` · ${t('events.reportNote', { note: e.reportNote })}` : ''}
                  </EventText>
                ) : e.note ? (
                  <EventText testId="event-note">{t('events.note', { note: e.note })}</EventText>
                ) : null}
                {e.reasons?.length ? (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {e.reasons
                      .map((r) => `${ruleName(r.rule)}${r.detail ? ` (${r.detail})` : ''}`)
                      .join(' · ')}
                  </Typography>
                ) : null}
              </Box>
            );
          })}
        </Flex>
      )}
    </Drawer>
  );
}
