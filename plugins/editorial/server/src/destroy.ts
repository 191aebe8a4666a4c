import type { Core } from '@strapi/strapi';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Close the rate limiter's Redis connection (when REDIS_URL is set) so the process can exit.
  const comments = strapi.plugin('editorial')?.service('comments') as any;
  await comments?.limiter?.close?.();
};
