import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import {
  ERASED_NAME,
  type ErasureCounts,
  type ErasureMode,
  type PrivacyExport,
  type PrivacyRequest,
} from '../../../shared/privacy';
import type { Actor } from '../moderation/moderation.service';
import { getService } from '../core/get-service';

/** The moderation-event actor name of a reader's reports (see moderation/comments.service.ts report()). */
const reporterName = (ipHash: string) => `reader:${ipHash.slice(0, 16)}`;
const ERASED_REPORTER = 'reader:[erased]';

/**
 * Privacy requests: a commenter's personal data, found by email (optionally narrowed by name),
 * exported as JSON or erased. Erasure removes emails, IP hashes (and the client keys derived from
 * them), the link to a reader account, and anonymises the reports filed from those addresses;
 * the comments themselves are anonymised (author "[erased]", body kept) or deleted, per
 * config `privacy.erasure`. All in one transaction, with one audit event that carries counts only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(UIDS.comment as any);
  const events = () => strapi.db.query(UIDS.moderationEvent as any);
  const mode = (): ErasureMode =>
    (strapi.plugin('editorial').config('privacy') as any)?.erasure === 'delete' ? 'delete' : 'anonymise';

  const whereOf = (req: PrivacyRequest) => ({
    authorEmail: { $eqi: req.email },
    ...(req.name ? { authorName: req.name } : {}),
  });

  return {
    mode,

    async export(req: PrivacyRequest): Promise<PrivacyExport> {
      const rows = await comments().findMany({
        select: [
          'documentId',
          'body',
          'authorName',
          'authorEmail',
          'status',
          'postedAt',
          'origin',
          'reportCount',
          'ipHash',
          'authorUserId',
          'articleDocumentId',
        ],
        where: whereOf(req),
        populate: { parent: { select: ['documentId'] } },
        orderBy: [{ postedAt: 'asc' }, { id: 'asc' }],
      });
      const articleIds = [...new Set(rows.map((r: any) => r.articleDocumentId).filter(Boolean))];
      const articles = articleIds.length
        ? await strapi.db.query(UIDS.article as any).findMany({
            select: ['documentId', 'title', 'publishedAt'],
            where: { documentId: { $in: articleIds } },
          })
        : [];
      const titles = new Map<string, string>();
      for (const a of articles as any[])
        if (!titles.has(a.documentId) || a.publishedAt) titles.set(a.documentId, a.title);
      const hashes = [...new Set(rows.map((r: any) => r.ipHash).filter(Boolean))] as string[];
      const reports = hashes.length
        ? await events().findMany({
            select: ['commentDocumentId', 'note', 'at'],
            where: { action: 'report', actorName: { $in: hashes.map(reporterName) } },
            orderBy: { at: 'asc' },
          })
        : [];
      return {
        subject: { email: req.email, name: req.name ?? null },
        generatedAt: new Date().toISOString(),
        comments: rows.map((r: any) => ({
          documentId: r.documentId,
          body: r.body,
          authorName: r.authorName,
          authorEmail: r.authorEmail ?? null,
          status: r.status,
          postedAt: new Date(r.postedAt).toISOString(),
          origin: r.origin,
          reportCount: r.reportCount ?? 0,
          ipHash: r.ipHash ?? null,
          signedInAccount: r.authorUserId ?? null,
          article: r.articleDocumentId
            ? { documentId: r.articleDocumentId, title: titles.get(r.articleDocumentId) ?? null }
            : null,
          parentDocumentId: r.parent?.documentId ?? null,
        })),
        reports: (reports as any[]).map((e) => ({
          commentDocumentId: e.commentDocumentId,
          note: e.note ?? null,
          at: new Date(e.at).toISOString(),
        })),
      };
    },

    async erase(req: PrivacyRequest, actor: Actor): Promise<ErasureCounts> {
      const how = mode();
      const counts = await strapi.db.transaction(async ({ trx }: any) => {
        const rows = await comments().findMany({
          select: ['id', 'documentId', 'authorEmail', 'ipHash'],
          where: whereOf(req),
        });
        const out: ErasureCounts = { mode: how, comments: rows.length, emails: 0, ipHashes: 0, reports: 0 };
        if (!rows.length) return out;
        await getService('moderation', strapi).lockComments(
          trx,
          rows.map((r: any) => r.documentId),
        );
        out.emails = rows.filter((r: any) => r.authorEmail).length;
        const hashes = [...new Set(rows.map((r: any) => r.ipHash).filter(Boolean))] as string[];
        out.ipHashes = hashes.length;
        if (hashes.length) {
          const res = await events().updateMany({
            where: { action: 'report', actorName: { $in: hashes.map(reporterName) } },
            data: { actorName: ERASED_REPORTER },
          });
          out.reports = Number(res?.count ?? 0);
        }
        const ids = rows.map((r: any) => r.id);
        if (how === 'delete') {
          // One by one through the query engine: each delete also removes the comment's links.
          for (const id of ids) await comments().delete({ where: { id } });
        } else {
          await comments().updateMany({
            where: { id: { $in: ids } },
            data: {
              authorName: ERASED_NAME,
              authorEmail: null,
              ipHash: null,
              clientKey: null,
              authorUserId: null,
            },
          });
        }
        // One audit event, counts only: no email, name, hash or text of the commenter.
        await getService('moderation', strapi).recordEvents([
          {
            commentDocumentId: 'privacy-request',
            action: 'privacy-erase',
            fromStatus: null,
            toStatus: null,
            actorType: 'admin',
            actor: actor.id,
            actorName: [actor.firstname, actor.lastname].filter(Boolean).join(' ') || `admin #${actor.id}`,
            note: `privacy erasure (${how}): ${out.comments} comments, ${out.emails} emails, ${out.ipHashes} IP hashes, ${out.reports} reports`,
          },
        ]);
        return out;
      });
      if (counts.comments) {
        getService('moderation', strapi).countsChanged();
        (getService('public-api', strapi) as any).payloadCache?.clear?.();
      }
      return counts;
    },
  };
};
