import { Message } from '@strapi/icons';
import { styled } from 'styled-components';
import { useGetCountsQuery } from '../api';
import { useT } from '../utils/t';

const Wrap = styled.span`
  position: relative;
  display: inline-flex;
`;
const Count = styled.span`
  position: absolute;
  top: -8px;
  right: -12px;
  min-width: 18px;
  height: 18px;
  padding: 0 5px;
  box-sizing: border-box;
  border-radius: 9px;
  background: ${({ theme }) => theme.colors.danger600};
  color: ${({ theme }) => theme.colors.neutral0};
  font-size: 1.1rem;
  font-weight: 700;
  line-height: 18px;
  text-align: center;
  pointer-events: none;
`;

export const BADGE_POLL_MS = 30000;

/** Menu icon of the review queue, with the number of comments awaiting review (pending + flagged). */
export function MenuIcon(props: React.SVGProps<SVGSVGElement>) {
  const t = useT();
  // Shares its cache with the queue's tab counts: whichever polls faster keeps both fresh, and
  // every moderation action invalidates it.
  const { data } = useGetCountsQuery(undefined, { pollingInterval: BADGE_POLL_MS });
  const count = data ? (data.pending ?? 0) + (data.flagged ?? 0) : null;
  return (
    <Wrap>
      <Message {...(props as any)} />
      {count ? (
        <Count
          data-testid="menu-pending-count"
          title={t('menu.badge', { count })}
          aria-label={t('menu.badge', { count })}
        >
          {count > 99 ? '99+' : count}
        </Count>
      ) : null}
    </Wrap>
  );
}
