import type { Core } from '@strapi/strapi';
import { WEBHOOK_EVENTS } from '../../../shared/constants';

/** Lets newsroom webhooks subscribe to comment creation and status changes. */
export function registerCommentEvents(strapi: Core.Strapi) {
  const store: any = strapi.get('webhookStore');
  for (const [key, value] of Object.entries(WEBHOOK_EVENTS)) store?.addAllowedEvent?.(key, value);
}
