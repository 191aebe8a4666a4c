import { useState } from 'react';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { Download, Filter, Trash } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import type { QueueItem } from '../../../shared/moderation-api';
import { useGetAuthorHistoryQuery, usePrivacyEraseMutation, usePrivacyExportMutation } from '../api';
import { errorMessage } from '../utils/errors';
import { Drawer } from './Drawer';
import { StatusBadge } from './CommentCard';
import { HighlightedText } from './HighlightedText';
import { useTimeFormat } from './time';
import { useT } from '../utils/t';
import { ACTIONS } from '../../../shared/constants';

const PRIVACY = [{ action: ACTIONS.privacy, subject: null }];

/**
 * Privacy request controls (plugin::editorial.privacy only): per email the author used, export
 * their data as a JSON download, or erase it after an explicit confirmation.
 */
function PrivacyActions({
  author,
  comments,
  onErased,
}: {
  author: string;
  comments: QueueItem[];
  onErased: () => void;
}) {
  const t = useT();
  const [privacyExport] = usePrivacyExportMutation();
  const [privacyErase] = usePrivacyEraseMutation();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading } = useRBAC(PRIVACY);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emails = [...new Set(comments.map((c) => c.authorEmail).filter((e): e is string => !!e))];
  if (isLoading || !allowedActions.canPrivacy || !emails.length) return null;

  const fail = (e: unknown) => toggleNotification({ type: 'danger', message: errorMessage(e) });
  const exportData = async (email: string) => {
    setBusy(true);
    try {
      const data = await privacyExport({ email, name: author }).unwrap();
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = `personal-data-${email.replace(/[^a-z0-9]+/gi, '-')}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const erase = async (email: string) => {
    setBusy(true);
    try {
      const counts = await privacyErase({ email, name: author }).unwrap();
      toggleNotification({ type: 'success', message: t('drawer.privacy.done', { ...counts }) });
      setConfirming(null);
      onErased();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="privacy-actions">
      <Typography variant="sigma" textColor="neutral600">
        {t('drawer.privacy.title')}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('drawer.privacy.hint', { author })}
      </Typography>
      {emails.map((email) => (
        <Box key={email} padding={3} hasRadius background="neutral100">
          <Typography variant="omega" fontWeight="semiBold">
            {email}
          </Typography>
          {confirming === email ? (
            <Flex
              direction="column"
              alignItems="stretch"
              gap={2}
              paddingTop={2}
              role="alertdialog"
              aria-label={t('drawer.privacy.erase')}
            >
              <Typography textColor="danger600">
                {t('drawer.privacy.confirm', {
                  author,
                  email,
                  count: comments.filter((c) => c.authorEmail === email).length,
                })}
              </Typography>
              <Flex gap={2}>
                <Button
                  variant="danger"
                  loading={busy}
                  onClick={() => erase(email)}
                  data-testid="privacy-erase-confirm"
                >
                  {t('drawer.privacy.confirmButton')}
                </Button>
                <Button variant="tertiary" disabled={busy} onClick={() => setConfirming(null)}>
                  {t('drawer.privacy.cancel')}
                </Button>
              </Flex>
            </Flex>
          ) : (
            <Flex gap={2} paddingTop={2}>
              <Button
                variant="tertiary"
                size="S"
                startIcon={<Download />}
                disabled={busy}
                onClick={() => exportData(email)}
                data-testid="privacy-export"
              >
                {t('drawer.privacy.export')}
              </Button>
              <Button
                variant="danger-light"
                size="S"
                startIcon={<Trash />}
                disabled={busy}
                onClick={() => setConfirming(email)}
                data-testid="privacy-erase"
              >
                {t('drawer.privacy.erase')}
              </Button>
            </Flex>
          )}
        </Box>
      ))}
    </Flex>
  );
}

const Stat = ({ label, value, color }: { label: string; value: number; color: string }) => (
  <Flex
    direction="column"
    alignItems="flex-start"
    gap={1}
    padding={3}
    background="neutral100"
    hasRadius
    flex="1"
  >
    <Typography variant="beta" textColor={color}>
      {value}
    </Typography>
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
  </Flex>
);

interface Props {
  author: string | null;
  currentId?: string;
  onClose: () => void;
  onFilterAuthor: (author: string) => void;
}

/** Side drawer with an author's record and their other comments. */
export function HistoryDrawer({ author, currentId, onClose, onFilterAuthor }: Props) {
  const t = useT();
  const fmt = useTimeFormat();
  const { data, error, refetch } = useGetAuthorHistoryQuery(author ?? '', {
    skip: !author,
    refetchOnMountOrArgChange: true,
  });
  if (!author) return null;
  const others = (data?.comments ?? []).filter((c) => c.documentId !== currentId);
  return (
    <Drawer title={t('drawer.title', { author })} onClose={onClose} testId="history-drawer">
      {error && <Typography textColor="danger600">{errorMessage(error)}</Typography>}
      {!data && !error && <Loader small />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="sigma" textColor="neutral600">
            {t('drawer.counts')}
          </Typography>
          <Flex gap={2} data-testid="history-counts">
            <Stat label={t('status.approved')} value={data.counts.approved} color="success600" />
            <Stat label={t('status.rejected')} value={data.counts.rejected} color="danger600" />
            <Stat label={t('status.flagged')} value={data.counts.flagged} color="warning600" />
            <Stat label={t('status.pending')} value={data.counts.pending} color="secondary600" />
          </Flex>
          <Button variant="tertiary" startIcon={<Filter />} onClick={() => onFilterAuthor(author)}>
            {t('drawer.filter')}
          </Button>
          <PrivacyActions author={author} comments={data.comments} onErased={refetch} />
          {others.length === 0 && <Typography textColor="neutral600">{t('drawer.empty')}</Typography>}
          {others.map((c) => {
            const time = fmt(c.postedAt);
            return (
              <Box
                key={c.documentId}
                padding={3}
                hasRadius
                borderColor="neutral150"
                borderStyle="solid"
                borderWidth="1px"
                data-testid="history-item"
              >
                <Flex gap={2} paddingBottom={2} wrap="wrap">
                  <StatusBadge status={c.status} />
                  <Typography variant="pi" textColor="neutral600" title={time.full}>
                    {time.relative}
                  </Typography>
                  {c.article && (
                    <Typography variant="pi" textColor="neutral600" ellipsis style={{ maxWidth: 260 }}>
                      · {c.article.title}
                    </Typography>
                  )}
                </Flex>
                <HighlightedText text={c.body} reasons={c.reasons} />
              </Box>
            );
          })}
        </Flex>
      )}
    </Drawer>
  );
}
