import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // The shared rate-limit counters' Redis connection, when REDIS_URL is set.
  await getService('comments', strapi).limiter.close();
};
