import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTIONS, UIDS } from '../../../shared/constants';
import { getService } from '../core/get-service';

/**
 * Document-service middleware: moving a comment to another article is a moderation act. Any
 * write that touches the link between comments and articles - a comment's `article`, or an
 * article's `comments` (content manager, plugins, anything going through the document service)
 * - needs `plugin::editorial.moderate` when it comes from an admin request, and every comment
 * whose article changed gets a `move` moderation event, with its articleDocumentId (the column
 * public reads filter on) following the relation, in the same transaction as the save. Writes
 * outside a request (bootstrap, scripts, the plugin's own services) are the system's own.
 */
export const commentMoves = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  const data = ctx.params?.data;
  const onComment = ctx.uid === UIDS.comment && ctx.action === 'update' && touches(data?.article);
  const onArticle =
    ctx.uid === UIDS.article &&
    (ctx.action === 'update' || ctx.action === 'create') &&
    touches(data?.comments);
  if (!onComment && !onArticle) return await next();

  const request = strapi.requestContext.get() as any;
  const admin = request?.state?.user && request.state.userAbility ? request.state.user : null;
  if (request && (!admin || !request.state.userAbility.can(ACTIONS.moderate))) {
    throw new errors.ForbiddenError(
      'Moving comments between articles requires the moderation permission (plugin::editorial.moderate)',
    );
  }

  return await strapi.db.transaction(async () => {
    const watched = onComment
      ? [{ documentId: String(ctx.params.documentId) }]
      : await commentsReferenced(strapi, data.comments, ctx.params?.documentId);
    const before = await articleOf(strapi, watched);
    const result = await next();
    const after = await articleOf(strapi, watched);
    const moved = [...before.entries()].filter(([documentId, from]) => after.get(documentId) !== from);
    if (moved.length) {
      const comments = strapi.db.query(UIDS.comment as any);
      const rows = await comments.findMany({
        select: ['id', 'documentId', 'status'],
        where: { documentId: { $in: moved.map(([d]) => d) } },
      });
      for (const row of rows as any[]) {
        const to = after.get(row.documentId) ?? null;
        // The column keeps the comment's article when the link is only removed: a comment
        // without an article would fail its required column; public reads follow the link.
        if (to) await comments.updateMany({ where: { id: row.id }, data: { articleDocumentId: to } });
      }
      const name = admin
        ? [admin.firstname, admin.lastname].filter(Boolean).join(' ') || admin.email || `admin #${admin.id}`
        : 'system';
      await getService('moderation', strapi).recordEvents(
        (rows as any[]).map((row) => ({
          commentDocumentId: row.documentId,
          action: 'move',
          fromStatus: row.status,
          toStatus: row.status,
          actorType: admin ? ('admin' as const) : ('system' as const),
          actor: admin?.id ?? null,
          actorName: name,
          note: `moved from article ${before.get(row.documentId) ?? 'none'} to article ${after.get(row.documentId) ?? 'none'}`,
        })),
      );
      getService('public-api', strapi).payloadCache?.clear?.();
    }
    return result;
  });
};

/** Whether a relation value in a write changes anything (the content manager sends empty connect/disconnect lists). */
export function touches(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return true;
  const ops = value as Record<string, unknown>;
  if ('set' in ops) return true;
  return (
    ['connect', 'disconnect'].some((k) => {
      const v = ops[k];
      return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null;
    }) ||
    'id' in ops ||
    'documentId' in ops
  );
}

type Ref = { documentId?: string; id?: number };

/** The comments a write to an article's `comments` names, plus (for set/replace) those it has now. */
async function commentsReferenced(
  strapi: Core.Strapi,
  value: any,
  articleDocumentId?: string,
): Promise<Ref[]> {
  const refs: Ref[] = [];
  const add = (v: any) => {
    if (v == null) return;
    if (typeof v === 'number' || /^\d+$/.test(String(v))) refs.push({ id: Number(v) });
    else if (typeof v === 'string') refs.push({ documentId: v });
    else if (typeof v === 'object') {
      if (v.documentId) refs.push({ documentId: String(v.documentId) });
      else if (v.id !== undefined) refs.push({ id: Number(v.id) });
    }
  };
  const list = (v: any) => (Array.isArray(v) ? v.forEach(add) : add(v));
  let replaces = false;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    replaces = true;
    list(value);
  } else {
    if ('set' in value) replaces = true;
    list(value.connect);
    list(value.disconnect);
    list(value.set);
    if ('id' in value || 'documentId' in value) add(value);
  }
  if (replaces && articleDocumentId) {
    const current = await strapi.db
      .query(UIDS.comment as any)
      .findMany({ select: ['documentId'], where: { article: { documentId: articleDocumentId } } });
    for (const c of current as any[]) refs.push({ documentId: c.documentId });
  }
  return refs;
}

/** documentId of each referenced comment -> the documentId of the article it links to (null: none). */
async function articleOf(strapi: Core.Strapi, refs: Ref[]): Promise<Map<string, string | null>> {
  const ids = refs.filter((r) => r.id !== undefined).map((r) => r.id!);
  const docs = refs.filter((r) => r.documentId).map((r) => r.documentId!);
  const out = new Map<string, string | null>();
  if (!ids.length && !docs.length) return out;
  const rows = await strapi.db.query(UIDS.comment as any).findMany({
    select: ['documentId'],
    where: {
      $or: [
        ...(ids.length ? [{ id: { $in: ids } }] : []),
        ...(docs.length ? [{ documentId: { $in: docs } }] : []),
      ],
    },
    populate: { article: { select: ['documentId'] } },
  });
  for (const r of rows as any[]) out.set(r.documentId, r.article?.documentId ?? null);
  return out;
}

export default commentMoves;
