import type { ComponentType } from 'react';
import { Page } from '@strapi/strapi/admin';

/**
 * A plugin page for the roles holding one plugin action; others see Strapi's no-permission page
 * (the API refuses them too).
 */
export function withPermission(action: string, Content: ComponentType) {
  const permissions = [{ action, subject: null }];
  return function ProtectedPage() {
    return (
      <Page.Protect permissions={permissions}>
        <Content />
      </Page.Protect>
    );
  };
}
