// @ts-check
/**
 * Reference reader page for the editorial public API: article list, an article with its quotes
 * highlighted and a "who is quoted" box, approved comments threaded, and a comment form.
 *
 * Plain modern JavaScript (an ES module, checked by TypeScript through JSDoc: `// @ts-check`),
 * so there is no build step to copy. Everything user-provided (titles, bodies, comments, names)
 * is put into the page as text nodes, never as HTML.
 */

const API = '/api/editorial';

/**
 * @typedef {{ documentId: string, name: string, slug: string, kind: 'person'|'outlet'|'organisation'|'anonymous', affiliation: string|null }} SourceRef
 * @typedef {{ documentId: string, text: string, type: string, speaker: string|null, verified: boolean,
 *   position: { paragraph: number|null, start: number|null, end: number|null }, source: SourceRef|null }} Quote
 * @typedef {{ quotes: number, named: number, anonymous: number, unattributed: number, anonymousShare: number }} Sourcing
 * @typedef {{ documentId: string, title: string, slug: string, dek?: string|null, body?: string|null, byline?: string|null,
 *   section?: string|null, originalPublishedAt?: string|null, commentsMode?: string, publication?: SourceRef|null,
 *   quotes: Quote[], sourcesCited: Array<SourceRef & { quoteCount: number }>, sourcing: Sourcing, approvedCommentCount: number }} Article
 * @typedef {{ documentId: string, body: string, authorName: string, postedAt: string, parentDocumentId: string|null, isStaff: boolean, replies: Comment[] }} Comment
 */

/** Reasons a reader may give for a report (the API's list). */
const REPORT_REASONS = [
  ['spam', 'Spam or advertising'],
  ['abuse', 'Abuse, harassment or threats'],
  ['off-topic', 'Off topic'],
  ['misinformation', 'Misinformation'],
  ['other', 'Something else'],
];

/**
 * Creates an element with text content (never HTML) and children.
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {Array<Node|string|null|undefined|false>} [children]
 * @returns {HTMLElement}
 */
function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/**
 * GET a JSON document from the API.
 * @param {string} path
 */
async function getJson(path) {
  // Revalidate every read with the API's ETag (a cheap 304 when nothing changed) so a reader
  // sees a comment as soon as it is approved, not when the cached copy expires.
  const res = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
  return body;
}

/** @param {string|null|undefined} iso */
function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The body is Strapi rich text (markdown); imported paragraphs are plain text with markdown
 * syntax backslash-escaped. Shown as text, so the escapes are removed (offsets stay those of
 * the stored body: each slice is unescaped on its own).
 * @param {string} text
 */
export const unescapeMarkdown = (text) => text.replace(/\\([\\`*_{}[\]()#+\-.!<>=|~])/g, '$1');

/** @param {number} share */
const percent = (share) => `${Math.round(share * 100)}%`;

const app = /** @type {HTMLElement} */ (document.getElementById('app'));

/** @param {Node[]} nodes */
function show(...nodes) {
  app.replaceChildren(...nodes);
}

/** @param {unknown} error */
function showError(error) {
  show(
    h('p', { class: 'notice error', role: 'alert' }, [
      error instanceof Error ? error.message : String(error),
    ]),
    h('p', {}, [h('a', { href: '#/' }, ['Back to the articles'])]),
  );
}

// ---------------------------------------------------------------------------------------------
// Article list

async function renderList() {
  document.title = 'The Reader';
  const qs = new URLSearchParams({
    'fields[0]': 'title',
    'fields[1]': 'slug',
    'fields[2]': 'dek',
    'fields[3]': 'section',
    'fields[4]': 'originalPublishedAt',
    'pagination[pageSize]': '20',
  });
  const { data, meta } = await getJson(`${API}/articles?${qs}`);
  /** @type {Article[]} */
  const articles = data;
  const items = articles.map((a) =>
    h('li', { 'data-article': a.slug }, [
      h('h2', {}, [h('a', { href: `#/articles/${encodeURIComponent(a.slug)}` }, [a.title])]),
      a.dek ? h('p', { class: 'dek' }, [a.dek]) : null,
      h('p', { class: 'meta' }, [
        [a.section, formatDate(a.originalPublishedAt)].filter(Boolean).join(' · '),
        ` · ${a.sourcing.quotes} quote${a.sourcing.quotes === 1 ? '' : 's'}`,
        a.sourcing.quotes ? ` (${percent(a.sourcing.anonymousShare)} anonymous)` : '',
        ` · ${a.approvedCommentCount} comment${a.approvedCommentCount === 1 ? '' : 's'}`,
      ]),
    ]),
  );
  show(
    h('h1', {}, ['Latest articles']),
    items.length
      ? h('ul', { class: 'article-list' }, items)
      : h('p', { class: 'muted' }, ['No published articles yet.']),
    h('p', { class: 'meta' }, [`${meta?.pagination?.total ?? items.length} articles`]),
  );
}

// ---------------------------------------------------------------------------------------------
// Article view

/**
 * Splits the body into paragraphs (runs of text between line breaks, as the API counts them)
 * and wraps each located quote in a <mark>, using only text nodes. Overlapping quotes keep the
 * first one.
 * @param {string} body
 * @param {Quote[]} quotes
 */
export function renderBody(body, quotes) {
  const ranges = quotes
    .filter(
      (q) =>
        q.position.start !== null &&
        q.position.end !== null &&
        /** @type {number} */ (q.position.end) > /** @type {number} */ (q.position.start),
    )
    .map((q) => ({
      start: /** @type {number} */ (q.position.start),
      end: /** @type {number} */ (q.position.end),
      quote: q,
    }))
    .sort((a, b) => a.start - b.start);
  /** @type {typeof ranges} */
  const kept = [];
  for (const r of ranges) if (!kept.length || r.start >= kept[kept.length - 1].end) kept.push(r);

  const container = h('div', { class: 'article-body' });
  const breaks = /\r?\n\s*/g;
  let start = 0;
  /** @type {Array<{start: number, end: number}>} */
  const paragraphs = [];
  let m;
  while ((m = breaks.exec(body))) {
    paragraphs.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  paragraphs.push({ start, end: body.length });

  for (const p of paragraphs) {
    if (p.end <= p.start) continue;
    const el = h('p');
    let at = p.start;
    for (const r of kept) {
      if (r.end <= p.start || r.start >= p.end) continue;
      const s = Math.max(r.start, p.start);
      const e = Math.min(r.end, p.end);
      if (s > at) el.append(document.createTextNode(unescapeMarkdown(body.slice(at, s))));
      const who = r.quote.source ? r.quote.source.name : (r.quote.speaker ?? 'unattributed');
      el.append(
        h(
          'mark',
          {
            class: `quote ${r.quote.source?.kind === 'anonymous' ? 'anonymous' : 'named'}`,
            'data-quote': r.quote.documentId,
            title: `${r.quote.type} quote — ${who}`,
          },
          [unescapeMarkdown(body.slice(s, e))],
        ),
      );
      at = e;
    }
    if (at < p.end) el.append(document.createTextNode(unescapeMarkdown(body.slice(at, p.end))));
    container.append(el);
  }
  return container;
}

/** @param {Article} article */
function whoIsQuoted(article) {
  const named = article.sourcesCited.filter((s) => s.kind !== 'anonymous');
  const anonymous = article.sourcesCited.filter((s) => s.kind === 'anonymous');
  /** @param {SourceRef & { quoteCount: number }} s */
  const item = (s) =>
    h('li', { 'data-source': s.slug }, [
      h('a', { href: `#/sources/${encodeURIComponent(s.slug)}` }, [s.name]),
      s.affiliation ? `, ${s.affiliation}` : '',
      ` (${s.quoteCount})`,
    ]);
  const { sourcing } = article;
  return h('aside', { class: 'who', 'aria-label': 'Who is quoted' }, [
    h('h3', {}, ['Who is quoted']),
    sourcing.quotes
      ? h('p', { class: 'share' }, [
          `${sourcing.quotes} quotes: ${sourcing.named} named, ${sourcing.anonymous} anonymous`,
          sourcing.unattributed ? `, ${sourcing.unattributed} unattributed` : '',
        ])
      : h('p', { class: 'muted' }, ['No quotes in this article.']),
    sourcing.quotes
      ? h('div', { class: 'share-bar', title: `${percent(sourcing.anonymousShare)} anonymous` }, [
          h('span', { style: `width:${percent(sourcing.anonymousShare)}` }),
        ])
      : null,
    h('h4', {}, ['Named']),
    named.length
      ? h('ul', { class: 'named-sources' }, named.map(item))
      : h('p', { class: 'muted' }, ['None']),
    h('h4', {}, ['Anonymous']),
    anonymous.length
      ? h('ul', { class: 'anonymous-sources' }, anonymous.map(item))
      : h('p', { class: 'muted' }, ['None']),
  ]);
}

/**
 * POSTs JSON to the API; resolves with the response body, rejects with the API's message.
 * @param {string} path
 * @param {unknown} payload
 * @param {string} fallback what to say when the API gives no message
 */
async function postJson(path, payload, fallback) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `${fallback} (${res.status}).`);
  return body;
}

/**
 * @param {HTMLElement} status
 * @param {string} text
 * @param {boolean} [error]
 */
function say(status, text, error = false) {
  status.className = `form-status notice${error ? ' error' : ''}`;
  status.textContent = text;
}

/**
 * Approved comments as threads (the comments API nests replies under their parent), each with
 * Reply and Report; staff replies are marked.
 * @param {Comment[]} comments
 * @param {Article} article
 * @returns {HTMLElement[]}
 */
function renderThreads(comments, article) {
  const open = article.commentsMode !== 'closed';
  return comments.map((c) => {
    const slot = h('div', { class: 'comment-slot' });
    /** @param {() => HTMLElement} make */
    const toggle = (make) => () => {
      const current = slot.firstElementChild;
      const next = make();
      if (current && current.className === next.className) slot.replaceChildren();
      else {
        slot.replaceChildren(next);
        /** @type {HTMLElement|null} */ (next.querySelector('textarea, select'))?.focus();
      }
    };
    return h('article', { class: `comment${c.isStaff ? ' staff' : ''}`, 'data-comment': c.documentId }, [
      h('p', { class: 'meta' }, [
        h('strong', {}, [c.authorName]),
        c.isStaff ? h('span', { class: 'staff-badge', title: 'A reply from the newsroom' }, ['Staff']) : null,
        ` · ${formatDate(c.postedAt)}`,
      ]),
      h('p', { class: 'comment-body' }, [c.body]),
      h('p', { class: 'comment-actions' }, [
        open
          ? actionButton(
              'Reply',
              'reply',
              toggle(() => commentForm(article, c)),
            )
          : null,
        c.isStaff
          ? null
          : actionButton(
              'Report',
              'report',
              toggle(() => reportForm(c, () => slot.replaceChildren())),
            ),
      ]),
      slot,
      c.replies?.length ? h('div', { class: 'replies' }, renderThreads(c.replies, article)) : null,
    ]);
  });
}

/**
 * @param {string} label
 * @param {string} action
 * @param {() => void} onClick
 */
function actionButton(label, action, onClick) {
  const b = h('button', { type: 'button', class: 'link-button', 'data-action': action }, [label]);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The report form under a comment: a reason and an optional note.
 * @param {Comment} comment
 * @param {() => void} close
 */
function reportForm(comment, close) {
  const status = h('p', { class: 'form-status', role: 'status' });
  const reason = /** @type {HTMLSelectElement} */ (
    h('select', { name: 'reason', required: '' }, [
      h('option', { value: '' }, ['Choose a reason…']),
      ...REPORT_REASONS.map(([v, label]) => h('option', { value: v }, [label])),
    ])
  );
  const note = /** @type {HTMLInputElement} */ (h('input', { name: 'note', maxlength: '500' }));
  const button = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit' }, ['Send report']));
  const cancel = actionButton('Cancel', 'cancel', close);
  const form = /** @type {HTMLFormElement} */ (
    h('form', { class: 'report-form', novalidate: '' }, [
      h('label', {}, ['Why should a moderator look at this comment? ', reason]),
      h('label', {}, ['Anything to add (optional) ', note]),
      h('p', { class: 'form-buttons' }, [button, cancel]),
      status,
    ])
  );
  reason.addEventListener('change', () => status.replaceChildren());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!reason.value) return say(status, 'Please choose a reason.', true);
    button.disabled = true;
    try {
      await postJson(
        `${API}/comments/${encodeURIComponent(comment.documentId)}/report`,
        { reason: reason.value, note: note.value.trim() || undefined },
        'Your report could not be sent',
      );
      form.replaceChildren(
        h('p', { class: 'form-status notice', role: 'status' }, [
          'Thank you: a moderator will look at this comment.',
        ]),
      );
    } catch (error) {
      say(status, error instanceof Error ? error.message : String(error), true);
      button.disabled = false;
    }
  });
  return form;
}

/**
 * GET /api/editorial/articles/:slug/comments: approved comments, oldest thread first.
 * @param {Article} article
 * @returns {Promise<{ threads: Comment[], count: number }>}
 */
async function loadComments(article) {
  const { data, meta } = await getJson(
    `${API}/articles/${encodeURIComponent(article.slug)}/comments?sort=oldest&pageSize=100`,
  );
  return { threads: data, count: meta?.approvedCount ?? data.length };
}

/**
 * The comment form: a new comment on the article, or (with `parent`) a reply to a comment.
 * @param {Article} article
 * @param {Comment} [parent]
 */
function commentForm(article, parent) {
  const status = h('p', { class: 'form-status', role: 'status' });
  const name = /** @type {HTMLInputElement} */ (
    h('input', { name: 'authorName', required: '', maxlength: '80', autocomplete: 'name' })
  );
  const email = /** @type {HTMLInputElement} */ (
    h('input', { name: 'authorEmail', type: 'email', maxlength: '254', autocomplete: 'email' })
  );
  const notify = /** @type {HTMLInputElement} */ (h('input', { name: 'notify', type: 'checkbox' }));
  const text = /** @type {HTMLTextAreaElement} */ (
    h('textarea', { name: 'body', required: '', rows: parent ? '3' : '4', maxlength: '5000' })
  );
  const button = /** @type {HTMLButtonElement} */ (
    h('button', { type: 'submit' }, [parent ? 'Post reply' : 'Post comment'])
  );
  const form = /** @type {HTMLFormElement} */ (
    h('form', { class: parent ? 'comment-form reply-form' : 'comment-form', novalidate: '' }, [
      parent ? h('p', { class: 'meta' }, [`Replying to ${parent.authorName}`]) : null,
      h('label', {}, ['Name ', name]),
      h('label', {}, ['Email (never shown) ', email]),
      h('label', { class: 'checkbox' }, [notify, ' Email me when my comment is published or answered']),
      h('label', {}, [parent ? 'Reply ' : 'Comment ', text]),
      button,
      status,
    ])
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!name.value.trim() || !text.value.trim())
      return say(status, `Please give your name and a ${parent ? 'reply' : 'comment'}.`, true);
    if (notify.checked && !email.value.trim())
      return say(status, 'Please give your email to be notified.', true);
    button.disabled = true;
    say(status, 'Sending…');
    status.className = 'form-status';
    try {
      const body = await postJson(
        `${API}/articles/${encodeURIComponent(article.slug)}/comments`,
        {
          authorName: name.value.trim(),
          authorEmail: email.value.trim() || undefined,
          body: text.value,
          parent: parent?.documentId,
          notify: notify.checked || undefined,
        },
        'Your comment could not be sent',
      );
      const state = body?.data?.status;
      // Honest: only a published comment is public; anything else waits for a moderator.
      say(
        status,
        state === 'published'
          ? `Thank you: your ${parent ? 'reply' : 'comment'} is published.`
          : `Thank you: your ${parent ? 'reply' : 'comment'} is awaiting review by a moderator and will appear once approved.`,
      );
      if (state === 'published') void renderArticle(article.slug);
      text.value = '';
    } catch (error) {
      say(status, error instanceof Error ? error.message : String(error), true);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** @param {string} slug */
async function renderArticle(slug) {
  const { data } = await getJson(`${API}/articles/${encodeURIComponent(slug)}?populate[publication]=true`);
  /** @type {Article} */
  const article = data;
  document.title = `${article.title} — The Reader`;
  const { threads, count } = await loadComments(article).catch(() => ({
    threads: /** @type {Comment[]} */ ([]),
    count: 0,
  }));
  const commentsSection = h('section', { class: 'comments', 'aria-label': 'Comments' }, [
    h('h2', {}, [`Comments (${count})`]),
    threads.length
      ? h('div', { class: 'comment-list' }, renderThreads(threads, article))
      : h('p', { class: 'muted' }, ['No comments yet.']),
    article.commentsMode === 'closed'
      ? h('p', { class: 'muted' }, ['Comments are closed.'])
      : commentForm(article),
  ]);
  show(
    h('p', {}, [h('a', { href: '#/' }, ['← All articles'])]),
    h('div', { class: 'layout' }, [
      h('article', { class: 'story', 'data-article': article.slug }, [
        h('h1', {}, [article.title]),
        article.dek ? h('p', { class: 'dek' }, [article.dek]) : null,
        h('p', { class: 'meta' }, [
          [article.byline, article.publication?.name, formatDate(article.originalPublishedAt)]
            .filter(Boolean)
            .join(' · '),
        ]),
        renderBody(article.body ?? '', article.quotes),
        commentsSection,
      ]),
      whoIsQuoted(article),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Source page

/** @param {string} slug */
async function renderSource(slug) {
  const { data } = await getJson(`${API}/sources/${encodeURIComponent(slug)}`);
  document.title = `${data.name} — The Reader`;
  show(
    h('p', {}, [h('a', { href: '#/' }, ['← All articles'])]),
    h('h1', {}, [data.name]),
    h('p', { class: 'meta' }, [
      [data.kind, data.affiliation].filter(Boolean).join(' · '),
      ` · ${data.quoteCount} published quotes`,
    ]),
    h(
      'ul',
      { class: 'article-list' },
      data.quotes.map((/** @type {any} */ q) =>
        h('li', {}, [
          h('blockquote', {}, [unescapeMarkdown(q.text)]),
          h('p', { class: 'meta' }, [
            h('a', { href: `#/articles/${encodeURIComponent(q.article.slug)}` }, [q.article.title]),
            ` · ${formatDate(q.article.originalPublishedAt)}`,
          ]),
        ]),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Routing: #/ (list), #/articles/<slug>, #/sources/<slug>

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [, kind, slug] = hash.match(/^\/(articles|sources)\/([^/]+)$/) ?? [];
  try {
    if (kind === 'articles') await renderArticle(decodeURIComponent(slug));
    else if (kind === 'sources') await renderSource(decodeURIComponent(slug));
    else await renderList();
  } catch (error) {
    showError(error);
  }
  app.dataset.ready = hash;
}

window.addEventListener('hashchange', () => void route());
void route();
