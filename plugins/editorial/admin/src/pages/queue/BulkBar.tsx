import { Box, Button, Checkbox, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowsCounterClockwise, Check, Cross, Question, WarningCircle } from '@strapi/icons';
import { styled } from 'styled-components';
import type { ModerationAction } from '../../../../shared/moderation-api';
import { useT } from '../../utils/t';

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
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary200};
  }
`;

export type Notice = {
  tone: 'success' | 'warning' | 'danger';
  message: string;
  undo?: boolean;
  details?: string[];
} | null;
const NOTICE_COLORS = {
  success: { bg: 'success100', border: 'success200', fg: 'success700' },
  warning: { bg: 'warning100', border: 'warning200', fg: 'warning700' },
  danger: { bg: 'danger100', border: 'danger200', fg: 'danger700' },
} as const;

const BULK_BUTTONS: {
  action: ModerationAction;
  icon: React.ReactNode;
  variant: React.ComponentProps<typeof Button>['variant'];
}[] = [
  { action: 'approve', icon: <Check />, variant: 'success-light' },
  { action: 'flag', icon: <WarningCircle />, variant: 'secondary' },
  { action: 'reject', icon: <Cross />, variant: 'danger-light' },
  { action: 'restore', icon: <ArrowsCounterClockwise />, variant: 'tertiary' },
];

interface Props {
  newCount: number;
  onShowNew: () => void;
  hasItems: boolean;
  allSelected: boolean;
  selectedCount: number;
  onToggleAll: () => void;
  busy: boolean;
  /** Something to act on with a note: a selection or the focused comment. */
  canNote: boolean;
  onAct: (action: ModerationAction, withNote?: boolean) => void;
  canUndo: boolean;
  onUndo: () => void;
  onHelp: () => void;
  notice: Notice;
  onCloseNotice: () => void;
}

/** Sticky over the list: the "N new" banner, select-all with bulk actions and undo, and the last action's notice. */
export function BulkBar(p: Props) {
  const t = useT();
  const { notice } = p;
  return (
    <Sticky background="neutral100" paddingTop={1} paddingBottom={1}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        {p.newCount > 0 && (
          <Banner type="button" onClick={p.onShowNew} data-testid="new-banner" aria-live="polite">
            <ArrowClockwise width="1.4rem" height="1.4rem" /> {t('new.banner', { count: p.newCount })} ·{' '}
            {t('new.show')}
          </Banner>
        )}
        <Flex
          gap={3}
          wrap="wrap"
          justifyContent="space-between"
          padding={2}
          background="neutral0"
          hasRadius
          shadow="tableShadow"
          data-testid="queue-toolbar"
        >
          <Flex gap={3} wrap="wrap">
            <Box paddingLeft={2}>
              <Checkbox
                aria-label={t('action.selectAll')}
                checked={p.allSelected ? true : p.selectedCount ? 'indeterminate' : false}
                onCheckedChange={p.onToggleAll}
                disabled={!p.hasItems}
                data-testid="select-all"
              />
            </Box>
            <Typography
              variant="pi"
              textColor="neutral600"
              data-testid="selection-count"
              style={{ minWidth: '7rem' }}
            >
              {t('selection.count', { count: p.selectedCount })}
            </Typography>
            {BULK_BUTTONS.map((b) => (
              <Button
                key={b.action}
                size="S"
                variant={b.variant}
                startIcon={b.icon}
                disabled={!p.selectedCount || p.busy}
                onClick={() => p.onAct(b.action)}
                data-testid={`bulk-${b.action}`}
              >
                {t(`action.${b.action}`)}
              </Button>
            ))}
            <Button
              size="S"
              variant="ghost"
              disabled={!p.canNote || p.busy}
              onClick={() => p.onAct('flag', true)}
              data-testid="bulk-note"
            >
              {t('action.withNote')}
            </Button>
          </Flex>
          <Flex gap={2}>
            <Button
              size="S"
              variant="tertiary"
              startIcon={<ArrowsCounterClockwise />}
              disabled={!p.canUndo || p.busy}
              onClick={p.onUndo}
              data-testid="undo"
            >
              {t('action.undo')}
            </Button>
            <IconButton
              label={t('help.title')}
              onClick={p.onHelp}
              variant="tertiary"
              data-testid="help-button"
            >
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
              {notice.undo && p.canUndo && (
                <Button size="S" variant="ghost" onClick={p.onUndo} disabled={p.busy}>
                  {t('action.undo')} (u)
                </Button>
              )}
              <IconButton label={t('drawer.close')} variant="ghost" onClick={p.onCloseNotice}>
                <Cross />
              </IconButton>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Sticky>
  );
}
