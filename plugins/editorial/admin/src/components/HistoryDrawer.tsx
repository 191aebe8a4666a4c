import { useEffect, useRef, useState } from 'react';
import { Box, Button, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { Cross, Filter } from '@strapi/icons';
import { styled } from 'styled-components';
import type { AuthorHistory, QueueItem } from '../../../shared/moderation-api';
import { errorMessage, useModerationApi } from '../api';
import { StatusBadge } from './CommentCard';
import { HighlightedText } from './HighlightedText';
import { useTimeFormat } from './time';
import { useT } from '../utils/t';

const Backdrop = styled.div`
  position: fixed;
  inset: 0;
  background: rgba(33, 33, 52, 0.2);
  z-index: 40;
`;
const Panel = styled(Box)`
  position: fixed;
  top: 0;
  right: 0;
  bottom: 0;
  width: min(480px, 92vw);
  z-index: 41;
  display: flex;
  flex-direction: column;
  box-shadow: ${({ theme }) => theme.shadows.popupShadow};
`;
const Head = styled(Flex)`
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
`;
const Scroll = styled(Box)`
  overflow-y: auto;
  flex: 1;
`;
const Stat = ({ label, value, color }: { label: string; value: number; color: string }) => (
  <Flex direction="column" alignItems="flex-start" gap={1} padding={3} background="neutral100" hasRadius flex="1">
    <Typography variant="beta" textColor={color}>{value}</Typography>
    <Typography variant="pi" textColor="neutral600">{label}</Typography>
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
  const api = useModerationApi();
  const fmt = useTimeFormat();
  const [data, setData] = useState<{ counts: AuthorHistory; comments: QueueItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!author) return;
    let live = true;
    setData(null);
    setError(null);
    api
      .authorHistory(author)
      .then((d) => live && setData(d))
      .catch((e) => live && setError(errorMessage(e)));
    setTimeout(() => panelRef.current?.focus(), 30);
    return () => {
      live = false;
    };
  }, [author, api]);

  useEffect(() => {
    if (!author) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [author, onClose]);

  if (!author) return null;
  const others = (data?.comments ?? []).filter((c) => c.documentId !== currentId);
  return (
    <>
      <Backdrop onClick={onClose} />
      <Panel ref={panelRef} tabIndex={-1} background="neutral0" role="dialog" aria-modal="true" aria-label={t('drawer.title', { author })} data-testid="history-drawer">
        <Head padding={5} justifyContent="space-between" alignItems="center">
          <Typography variant="beta" tag="h2">{t('drawer.title', { author })}</Typography>
          <IconButton label={t('drawer.close')} onClick={onClose} variant="ghost">
            <Cross />
          </IconButton>
        </Head>
        <Scroll padding={5}>
          {error && <Typography textColor="danger600">{error}</Typography>}
          {!data && !error && <Loader small />}
          {data && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="sigma" textColor="neutral600">{t('drawer.counts')}</Typography>
              <Flex gap={2} data-testid="history-counts">
                <Stat label={t('status.approved')} value={data.counts.approved} color="success600" />
                <Stat label={t('status.rejected')} value={data.counts.rejected} color="danger600" />
                <Stat label={t('status.flagged')} value={data.counts.flagged} color="warning600" />
                <Stat label={t('status.pending')} value={data.counts.pending} color="secondary600" />
              </Flex>
              <Button variant="tertiary" startIcon={<Filter />} onClick={() => onFilterAuthor(author)}>
                {t('drawer.filter')}
              </Button>
              {others.length === 0 && <Typography textColor="neutral600">{t('drawer.empty')}</Typography>}
              {others.map((c) => {
                const time = fmt(c.postedAt);
                return (
                  <Box key={c.documentId} padding={3} hasRadius borderColor="neutral150" borderStyle="solid" borderWidth="1px" data-testid="history-item">
                    <Flex gap={2} paddingBottom={2} wrap="wrap">
                      <StatusBadge status={c.status} />
                      <Typography variant="pi" textColor="neutral600" title={time.full}>{time.relative}</Typography>
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
        </Scroll>
      </Panel>
    </>
  );
}
