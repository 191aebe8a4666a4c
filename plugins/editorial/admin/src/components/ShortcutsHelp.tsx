import { Box, Button, Flex, Grid, Modal, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { useT } from '../utils/t';
import { ModalFrame } from './ModalFrame';

const Kbd = styled.kbd`
  display: inline-block;
  min-width: 2.4rem;
  padding: 2px 6px;
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-bottom-width: 2px;
  border-radius: 4px;
  background: ${({ theme }) => theme.colors.neutral100};
  font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  font-size: 1.2rem;
  text-align: center;
  color: ${({ theme }) => theme.colors.neutral800};
`;

/** The shortcuts, shared by the help overlay and the README guide. */
export const SHORTCUTS: { keys: string[]; label: string }[] = [
  { keys: ['j', '↓'], label: 'help.next' },
  { keys: ['k', '↑'], label: 'help.prev' },
  { keys: ['a'], label: 'help.approve' },
  { keys: ['f'], label: 'help.flag' },
  { keys: ['r'], label: 'help.reject' },
  { keys: ['p'], label: 'help.restore' },
  { keys: ['Shift', '+ a / f / r'], label: 'help.withNote' },
  { keys: ['x'], label: 'help.select' },
  { keys: ['Shift', '+ x'], label: 'help.selectAll' },
  { keys: ['u', 'Ctrl + z'], label: 'help.undo' },
  { keys: ['h'], label: 'help.history' },
  { keys: ['e'], label: 'help.commentHistory' },
  { keys: ['/'], label: 'help.search' },
  { keys: ['[', ']'], label: 'help.pages' },
  { keys: ['n'], label: 'help.refresh' },
  { keys: ['Esc'], label: 'help.escape' },
  { keys: ['?'], label: 'help.help' },
];

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  if (!open) return null;
  return (
    <ModalFrame
      open
      onClose={onClose}
      title={t('help.title')}
      data-testid="shortcuts-help"
      footer={
        <>
          <span />
          <Modal.Close>
            <Button variant="tertiary">{t('help.close')}</Button>
          </Modal.Close>
        </>
      }
    >
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t('help.intro')}
      </Typography>
      <Box paddingTop={4}>
        <Grid.Root gap={2} tag="dl">
          {SHORTCUTS.map((s) => (
            <Grid.Item key={s.label} col={6} s={12} alignItems="center">
              <Flex gap={3}>
                <Flex gap={1} tag="dt" minWidth="12rem" justifyContent="flex-end">
                  {s.keys.map((k) =>
                    k.startsWith('+') ? (
                      <Typography key={k} variant="pi">
                        {k}
                      </Typography>
                    ) : (
                      <Kbd key={k}>{k}</Kbd>
                    ),
                  )}
                </Flex>
                <Typography tag="dd" variant="omega">
                  {t(s.label)}
                </Typography>
              </Flex>
            </Grid.Item>
          ))}
        </Grid.Root>
      </Box>
    </ModalFrame>
  );
}
