import type { Core } from '@strapi/strapi';
import { SAMPLE_ARTICLES } from './sample-articles';

export const LOCAL_ADMIN = {
  email: 'admin@newsroom.local',
  password: 'Editorial-local-1',
  firstname: 'Local',
  lastname: 'Admin',
};
export const LOCAL_USERS = [
  {
    email: 'editor@newsroom.local',
    password: 'Editorial-local-1',
    firstname: 'Eda',
    lastname: 'Editor',
    role: 'Editor',
  },
  {
    email: 'moderator@newsroom.local',
    password: 'Editorial-local-1',
    firstname: 'Mo',
    lastname: 'Moderator',
    role: 'Moderator',
  },
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-');

/** Local admin accounts for development (credentials are in the README; never in production). */
async function ensureLocalAdmins(strapi: Core.Strapi) {
  const userService = strapi.service('admin::user');
  const roleService = strapi.service('admin::role');
  if ((await strapi.db.query('admin::user').count()) > 0) return;
  await roleService.createRolesIfNoneExist();
  const superAdmin = await roleService.getSuperAdmin();
  await userService.create({ ...LOCAL_ADMIN, isActive: true, roles: [superAdmin.id] });
  for (const u of LOCAL_USERS) {
    const role = await strapi.db.query('admin::role').findOne({ where: { name: u.role } });
    if (!role) continue;
    const { role: _r, ...data } = u;
    await userService.create({ ...data, isActive: true, roles: [role.id] });
  }
  strapi.log.info(
    `[editorial] local admin created: ${LOCAL_ADMIN.email} / ${LOCAL_ADMIN.password} (development only)`,
  );
}

/** Sample articles (published) with their reader comments, on an empty database only. */
async function ensureSampleContent(strapi: Core.Strapi) {
  const articles = strapi.documents('plugin::editorial.article' as any);
  if ((await articles.count({})) > 0) return;
  for (const sample of SAMPLE_ARTICLES) {
    const outletSlug = `outlet-${slug(sample.publicationName)}`;
    let outlet: any = await strapi
      .documents('plugin::editorial.source' as any)
      .findFirst({ filters: { slug: outletSlug } });
    if (!outlet) {
      outlet = await strapi.documents('plugin::editorial.source' as any).create({
        data: { name: sample.publicationName, slug: outletSlug, kind: 'outlet', aliases: [] },
      });
    }
    const article: any = await articles.create({
      data: {
        title: sample.title,
        slug: slug(sample.title),
        dek: sample.dek,
        dateline: sample.dateline,
        byline: sample.byline,
        section: sample.section,
        originalPublishedAt: sample.originalPublishedAt,
        creditLine: sample.creditLine,
        body: sample.body,
        // No commentsMode: sample articles follow their section (Settings > Moderation rules).
        editorialStage: 'ready',
        publication: outlet.documentId,
      },
    });
    await articles.publish({ documentId: article.documentId });
    for (const c of sample.comments) {
      await strapi.documents('plugin::editorial.comment' as any).create({
        data: {
          body: c.body,
          authorName: c.authorName,
          postedAt: c.postedAt,
          status: c.status,
          origin: 'import',
          articleDocumentId: article.documentId,
          article: article.documentId,
          moderationReasons: [],
        },
      });
    }
  }
  strapi.log.info(`[editorial] sample content loaded: ${SAMPLE_ARTICLES.length} articles`);
}

export async function seed(strapi: Core.Strapi) {
  await ensureLocalAdmins(strapi);
  await ensureSampleContent(strapi);
}
