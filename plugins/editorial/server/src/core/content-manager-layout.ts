import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';

/**
 * Columns of the Content Manager's list views that the plugin sets up: articles show their
 * editorial stage and section; moderation events (for the roles that see them) what happened to
 * which comment, by whom and when, instead of ids and an empty relation column.
 */
export const LIST_LAYOUTS: Record<string, string[]> = {
  [UIDS.article]: ['title', 'editorialStage', 'section', 'updatedAt'],
  [UIDS.moderationEvent]: ['action', 'commentDocumentId', 'actorName', 'at'],
};

/** Column titles set with the columns (the Content Manager shows attribute names otherwise). */
const LIST_LABELS: Record<string, Record<string, string>> = {
  [UIDS.article]: { editorialStage: 'Stage', section: 'Section', updatedAt: 'Updated' },
  [UIDS.moderationEvent]: { commentDocumentId: 'Comment', actorName: 'By' },
};

/** The Content Manager's rules for a listable attribute (content-manager/server/services/utils/configuration/attributes). */
const NON_LISTABLE_TYPES = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
function isListable(schema: any, name: string) {
  const attribute = schema.attributes?.[name];
  if (!attribute || schema.config?.attributes?.[name]?.hidden === true) return false;
  return !NON_LISTABLE_TYPES.includes(attribute.type);
}

/** The list Strapi generates for a type nobody configured: its first four listable attributes. */
export function defaultListLayout(schema: any): string[] {
  return Object.keys(schema.attributes ?? {})
    .filter((name) => name !== 'documentId' && isListable(schema, name))
    .slice(0, 4);
}

/**
 * Sets the plugin's list columns where the list is still Strapi's generated default. A list an
 * admin changed (Configure the view) is left alone, now and on later starts: the plugin only
 * writes once per type (recorded in the plugin store).
 */
export async function configureListLayouts(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager')?.service('content-types') as any;
  if (!cm?.findConfiguration || !cm?.updateConfiguration) return;
  const store = strapi.store({ type: 'plugin', name: 'editorial' });
  const done = ((await store.get({ key: 'cm-list-layouts' })) as Record<string, string[]> | null) ?? {};
  let changed = false;
  for (const [uid, columns] of Object.entries(LIST_LAYOUTS)) {
    if (done[uid]) continue;
    const contentType = cm.findContentType?.(uid) ?? strapi.contentType(uid as any);
    if (!contentType) continue;
    const configuration = await cm.findConfiguration(contentType);
    const current: string[] = configuration?.layouts?.list ?? [];
    const generated = defaultListLayout(contentType);
    const untouched = !current.length || JSON.stringify(current) === JSON.stringify(generated);
    if (untouched) {
      const list = columns.filter((name) => isListable(contentType, name) || name === 'updatedAt');
      const { uid: _uid, ...stored } = configuration;
      const metadatas = { ...stored.metadatas };
      for (const [name, label] of Object.entries(LIST_LABELS[uid] ?? {})) {
        if (metadatas[name]?.list)
          metadatas[name] = { ...metadatas[name], list: { ...metadatas[name].list, label } };
      }
      await cm.updateConfiguration(contentType, {
        ...stored,
        metadatas,
        layouts: { ...stored.layouts, list },
      });
    }
    done[uid] = untouched ? columns : current;
    changed = true;
  }
  if (changed) await store.set({ key: 'cm-list-layouts', value: done });
}
