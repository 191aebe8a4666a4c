import { Quotes } from '@strapi/icons';
import { ACTIONS } from '../../../shared/constants';
import { QuotesPanel } from './QuotesPanel';

const quotesPermissions = [{ action: ACTIONS.quotes, subject: null }];

/** Admin pieces of quotes and sources: Sources menu page and the quote-extraction settings page. */
export function registerQuotesAdmin(app: any) {
  app.addMenuLink({
    to: 'plugins/editorial/sources',
    icon: Quotes,
    intlLabel: { id: 'editorial.sources.menu', defaultMessage: 'Sources' },
    Component: () => import('./SourcesPage'),
    permissions: quotesPermissions,
  });
  app.addSettingsLink('global', {
    id: 'editorial-quotes',
    to: 'editorial-quotes',
    intlLabel: { id: 'editorial.settings.quotes.title', defaultMessage: 'Quote extraction' },
    Component: () => import('./QuoteSettingsPage'),
    permissions: [{ action: ACTIONS.settings, subject: null }],
  });
}

/** The quotes panel in the article edit view. */
export function bootstrapQuotesAdmin(app: any) {
  const cm = app.getPlugin('content-manager');
  if (cm?.apis?.addEditViewSidePanel) cm.apis.addEditViewSidePanel([QuotesPanel]);
  else cm?.injectComponent?.('editView', 'right-links', { name: 'editorial-quotes', Component: QuotesPanel });
}
