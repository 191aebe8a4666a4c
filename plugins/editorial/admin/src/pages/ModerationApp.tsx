import { Flex } from '@strapi/design-system';
import { ChartPie, Cog, Message } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { styled } from 'styled-components';
import { ACTIONS } from '../../../shared/constants';
import { QueuePage } from './QueuePage';
import { StatsPage } from './StatsPage';
import { useT } from '../utils/t';
import { withPermission } from '../components/withPermission';

const Tab = styled(NavLink)`
  display: inline-flex;
  align-items: center;
  gap: 6px;
  padding: 8px 12px;
  border-radius: 4px;
  font-size: 1.4rem;
  font-weight: 600;
  text-decoration: none;
  color: ${({ theme }) => theme.colors.neutral700};
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  background: ${({ theme }) => theme.colors.neutral0};
  &.active {
    color: ${({ theme }) => theme.colors.primary700};
    border-color: ${({ theme }) => theme.colors.primary200};
    background: ${({ theme }) => theme.colors.primary100};
  }
  svg {
    width: 1.6rem;
    height: 1.6rem;
    fill: currentColor;
  }
`;

const SETTINGS = [{ action: ACTIONS.moderationSettings, subject: null }];

function Inner() {
  const t = useT();
  const { pathname } = useLocation();
  const stats = pathname.endsWith('/stats');
  const { allowedActions } = useRBAC(SETTINGS);
  return (
    <Page.Main>
      <Page.Title>{stats ? t('stats.title') : t('queue.title')}</Page.Title>
      <Layouts.Header
        title={stats ? t('stats.title') : t('queue.title')}
        subtitle={stats ? undefined : t('queue.subtitle')}
        primaryAction={
          <Flex gap={2} tag="nav">
            <Tab to="." end data-testid="nav-queue">
              <Message /> {t('nav.queue')}
            </Tab>
            <Tab to="stats" data-testid="nav-stats">
              <ChartPie /> {t('nav.stats')}
            </Tab>
            {allowedActions.canModerationSettings && (
              <Tab to="/settings/editorial-moderation" data-testid="nav-settings">
                <Cog /> {t('nav.settings')}
              </Tab>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Routes>
          <Route index element={<QueuePage />} />
          <Route path="stats" element={<StatsPage />} />
        </Routes>
      </Layouts.Content>
    </Page.Main>
  );
}

/** The plugin's moderation page: queue and statistics, for roles with the moderate permission. */
export default withPermission(ACTIONS.moderate, Inner);
