import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type ServiceOf<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the plugin's services, as Strapi's own plugins do. */
export function getService<N extends ServiceName>(name: N, strapiInstance?: Core.Strapi): ServiceOf<N> {
  const s = strapiInstance ?? (global as any).strapi;
  return s.plugin('editorial').service(name) as ServiceOf<N>;
}
