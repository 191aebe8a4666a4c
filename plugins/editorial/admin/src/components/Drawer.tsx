import { useEffect, useRef } from 'react';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { styled } from 'styled-components';
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

/** A panel from the right edge over the queue; Escape or the backdrop closes it. */
export function Drawer({
  title,
  onClose,
  testId,
  children,
}: {
  title: string;
  onClose: () => void;
  testId: string;
  children: React.ReactNode;
}) {
  const t = useT();
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => panelRef.current?.focus(), 30);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [onClose]);
  return (
    <>
      <Backdrop onClick={onClose} />
      <Panel
        ref={panelRef}
        tabIndex={-1}
        background="neutral0"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
      >
        <Head padding={5} justifyContent="space-between" alignItems="center">
          <Typography variant="beta" tag="h2">
            {title}
          </Typography>
          <IconButton label={t('drawer.close')} onClick={onClose} variant="ghost">
            <Cross />
          </IconButton>
        </Head>
        <Scroll padding={5} data-scroll-panel>
          {children}
        </Scroll>
      </Panel>
    </>
  );
}
