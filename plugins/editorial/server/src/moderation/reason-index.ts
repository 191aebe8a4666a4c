import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { idsWhere, modelTable, pipeList } from '../core/db';

/**
 * The review queue's index of moderation reasons: one editorial_comment_reasons row per rule
 * that matched a comment, so filtering a million comments by rule is an indexed join rather than
 * a LIKE over a text column. Kept in step with the comment's `reasonRules` ("|rule-a|rule-b|")
 * by database lifecycles, which fire for every write through Strapi's query engine (imports, the
 * system's own transitions), inside the writer's transaction; public submissions, written with
 * plain inserts, add their rows themselves (moderation/comment.repository.ts).
 */
export const rulesOf = (reasonRules: unknown): string[] => pipeList(reasonRules, 64);

export function subscribeReasonIndex(strapi: Core.Strapi) {
  const reasons = () => strapi.db.query(UIDS.commentReason as any);
  const replace = async (commentId: number, reasonRules: unknown) => {
    await reasons().deleteMany({ where: { commentId } });
    const rules = rulesOf(reasonRules);
    if (rules.length) await reasons().createMany({ data: rules.map((rule) => ({ commentId, rule })) });
  };
  strapi.db.lifecycles.subscribe({
    models: [UIDS.comment],
    async afterCreate(event: any) {
      const id = event.result?.id;
      const rules = rulesOf(event.params?.data?.reasonRules);
      if (id && rules.length)
        await reasons().createMany({ data: rules.map((rule) => ({ commentId: id, rule })) });
    },
    async afterUpdate(event: any) {
      const id = event.result?.id;
      if (id && event.params?.data && 'reasonRules' in event.params.data)
        await replace(id, event.params.data.reasonRules);
    },
    // updateMany reports no ids: find them first when the reasons change (a rare write).
    async beforeUpdateMany(event: any) {
      if (!event.params?.data || !('reasonRules' in event.params.data)) return;
      event.state.reasonCommentIds = await idsWhere(strapi, UIDS.comment, event.params.where);
    },
    async afterUpdateMany(event: any) {
      for (const id of (event.state?.reasonCommentIds as number[] | undefined) ?? [])
        await replace(id, event.params.data.reasonRules);
    },
    async afterDelete(event: any) {
      const id = event.result?.id;
      if (id) await reasons().deleteMany({ where: { commentId: id } });
    },
    async beforeDeleteMany(event: any) {
      event.state.reasonCommentIds = await idsWhere(strapi, UIDS.comment, event.params?.where);
    },
    async afterDeleteMany(event: any) {
      const ids = (event.state?.reasonCommentIds as number[] | undefined) ?? [];
      for (let i = 0; i < ids.length; i += 500)
        await reasons().deleteMany({ where: { commentId: { $in: ids.slice(i, i + 500) } } });
    },
  } as any);
}

/**
 * Fills the index once for comments written before it existed (or by bulk loads that bypass the
 * lifecycles), in batches by id. Safe to run on every start: it only looks at comments newer
 * than the last indexed one when the index is not empty.
 */
export async function backfillReasonIndex(strapi: Core.Strapi, batch = 5000): Promise<number> {
  const knex = strapi.db.connection;
  const reasons = modelTable(strapi, UIDS.commentReason);
  const comments = modelTable(strapi, UIDS.comment);
  const last = await knex(reasons.name)
    .max({ id: reasons.column('commentId') })
    .first();
  let after = Number(last?.id ?? 0);
  let written = 0;
  for (;;) {
    const rules = comments.column('reasonRules');
    const rows: { id: number; reasonRules: string | null }[] = await knex(comments.name)
      .select({ id: 'id', reasonRules: rules })
      .whereNotNull(rules)
      .andWhere('id', '>', after)
      .orderBy('id')
      .limit(batch);
    if (!rows.length) return written;
    const data = rows.flatMap((r) =>
      rulesOf(r.reasonRules).map((rule) => reasons.toRow({ commentId: r.id, rule })),
    );
    // Knex: a backfill at start, thousands of rows in multi-row inserts. SQLite caps the terms of
    // one insert; 400 rows stay under it.
    for (let i = 0; i < data.length; i += 400) await knex(reasons.name).insert(data.slice(i, i + 400));
    written += data.length;
    after = rows[rows.length - 1].id;
  }
}
