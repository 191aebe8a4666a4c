import * as React from 'react';
import { createPortal } from 'react-dom';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { Badge, Box, Button, Flex, IconButton, Textarea, Typography } from '@strapi/design-system';
import { Cross, Eye, Quotes } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { ArticleQuotesDto, QuoteDto } from '../../../shared/quotes';
import {
  useEditQuoteTextMutation,
  useGetArticleQuotesQuery,
  useReattributeQuoteMutation,
  useRejectQuoteMutation,
  useResyncArticleQuotesMutation,
  useVerifyQuoteMutation,
  type ArticleStatus,
} from './api';
import { SourcePicker } from './SourcePicker';
import { ModalFrame } from '../components/ModalFrame';
import { plainQuote } from '../utils/quote-text';
import { errorMessage } from '../utils/errors';
import { useT } from '../utils/t';
import { UIDS } from '../../../shared/constants';

const STATE_COLORS: Record<QuoteDto['state'], { bg: string; fg: string }> = {
  verified: { bg: 'success100', fg: 'success700' },
  rejected: { bg: 'danger100', fg: 'danger700' },
  needs_review: { bg: 'warning100', fg: 'warning700' },
  extracted: { bg: 'neutral150', fg: 'neutral700' },
};

/* ---------- the full-width review ---------- */

const Overlay = styled.div`
  position: fixed;
  inset: 0;
  /* Over the admin's navigation (100), under the design system's modals (300+) it opens. */
  z-index: 200;
  display: flex;
  flex-direction: column;
  background: ${({ theme }) => theme.colors.neutral100};
`;
const Head = styled(Flex)`
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
`;
const Columns = styled.div`
  flex: 1;
  min-height: 0;
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: 16px;
  padding: 16px 24px;
`;
const Column = styled(Box)`
  overflow-y: auto;
  min-height: 0;
`;
const ArticleBody = styled.div`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-size: 1.5rem;
  line-height: 2.4rem;
  color: ${({ theme }) => theme.colors.neutral800};
  mark {
    background: ${({ theme }) => theme.colors.primary100};
    color: inherit;
    border-radius: 2px;
    cursor: pointer;
  }
  mark[data-current='true'] {
    background: ${({ theme }) => theme.colors.warning200};
    outline: 2px solid ${({ theme }) => theme.colors.warning500};
  }
`;

/** The article text with every live quote marked; the current one stands out and scrolls into view. */
function ArticleText({
  body,
  quotes,
  current,
  onPick,
}: {
  body: string;
  quotes: QuoteDto[];
  current: string | null;
  onPick: (id: string) => void;
}) {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (!current) return;
    ref.current
      ?.querySelector(`mark[data-quote-id="${CSS.escape(current)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [current]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  const spans = quotes
    .filter((q) => q.start != null && q.end != null && q.end! > q.start! && q.end! <= body.length)
    .sort((a, b) => a.start! - b.start!);
  for (const q of spans) {
    if (q.start! < at) continue; // overlapping spans: the first one wins
    if (q.start! > at) parts.push(body.slice(at, q.start!));
    parts.push(
      <mark
        key={q.documentId}
        data-quote-id={q.documentId}
        data-current={q.documentId === current ? 'true' : 'false'}
        onClick={() => onPick(q.documentId)}
      >
        {body.slice(q.start!, q.end!)}
      </mark>,
    );
    at = q.end!;
  }
  parts.push(body.slice(at));
  return (
    <ArticleBody ref={ref} data-testid="review-article">
      {parts}
    </ArticleBody>
  );
}

/** Why the engine attributed the quote: cue, rule and the mentions that resolved its speaker. */
function Evidence({ quote }: { quote: QuoteDto }) {
  const t = useT('quotes');
  const e = quote.evidence;
  if (!e) return null;
  const mentions = e.mentions.map((m) => `“${m.text}”`).join(' → ');
  return (
    <Typography tag="p" variant="pi" textColor="neutral600" data-testid="quote-evidence">
      {t('evidence', { cue: e.cue ?? '—', rule: e.rule, mentions: mentions || '—' })}
    </Typography>
  );
}

/** A mark of an editor's change to a quote (`mark-<name>`), with its explanation on hover. */
function EditorMark({ tone, name }: { tone: 'secondary' | 'alternative'; name: 'reattributed' | 'edited' }) {
  const t = useT('quotes');
  return (
    <Badge
      backgroundColor={`${tone}100`}
      textColor={`${tone}700`}
      data-testid={`mark-${name}`}
      title={t(`${name}.hint`)}
    >
      {t(name)}
    </Badge>
  );
}

interface CardActions {
  onVerify: (q: QuoteDto) => void;
  onReject: (q: QuoteDto) => void;
  onEdit: (q: QuoteDto) => void;
  onReattribute: (q: QuoteDto) => void;
  onShow?: (q: QuoteDto) => void;
}

function QuoteCard({ q, current, actions }: { q: QuoteDto; current: boolean; actions: CardActions }) {
  const t = useT('quotes');
  const c = STATE_COLORS[q.state];
  return (
    <Box
      data-testid="quote-card"
      data-document-id={q.documentId}
      data-state={q.state}
      padding={3}
      hasRadius
      background="neutral0"
      borderColor={current ? 'warning500' : 'neutral200'}
      borderStyle="solid"
      borderWidth="1px"
      shadow="tableShadow"
    >
      <Typography tag="p">“{plainQuote(q.text)}”</Typography>
      <Flex gap={2} wrap="wrap" paddingTop={2} alignItems="center">
        <Typography variant="pi" fontWeight="bold">
          {q.source?.name ?? q.speakerText ?? '—'}
        </Typography>
        {q.source ? <Badge>{t(`kind.${q.source.kind}`)}</Badge> : null}
        <Badge backgroundColor={c.bg} textColor={c.fg}>
          {t(`state.${q.state}`)}
        </Badge>
        {q.sourceLocked ? <EditorMark tone="secondary" name="reattributed" /> : null}
        {q.editedByEditor ? <EditorMark tone="alternative" name="edited" /> : null}
        {q.confidence != null ? (
          <Typography variant="pi" textColor="neutral500" data-testid="quote-confidence">
            {t('confidence', { value: Math.round(q.confidence * 100) })}
          </Typography>
        ) : null}
      </Flex>
      <Evidence quote={q} />
      {q.state === 'needs_review' ? (
        <Typography tag="p" variant="pi" textColor="warning700">
          {t('needsReview')}
        </Typography>
      ) : null}
      <Flex gap={1} paddingTop={2} wrap="wrap">
        {actions.onShow && q.start != null ? (
          <Button
            size="S"
            variant="ghost"
            startIcon={<Eye />}
            onClick={() => actions.onShow!(q)}
            data-testid="quote-show"
          >
            {t('showInText')}
          </Button>
        ) : null}
        <Button
          size="S"
          variant={q.state === 'needs_review' ? 'success' : 'success-light'}
          disabled={q.state === 'verified'}
          onClick={() => actions.onVerify(q)}
        >
          {q.state === 'rejected' ? t('restore') : t('verify')}
        </Button>
        {q.state !== 'rejected' ? (
          <>
            <Button size="S" variant="tertiary" onClick={() => actions.onEdit(q)}>
              {t('edit')}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => actions.onReattribute(q)}>
              {t('reattribute')}
            </Button>
            <Button size="S" variant="danger-light" onClick={() => actions.onReject(q)}>
              {t('reject')}
            </Button>
          </>
        ) : null}
      </Flex>
    </Box>
  );
}

/** The edit and re-attribute dialogs, with the mutations every quote action goes through. */
function useQuoteActions() {
  const t = useT('quotes');
  const { toggleNotification } = useNotification();
  const [verify] = useVerifyQuoteMutation();
  const [reject] = useRejectQuoteMutation();
  const [editText] = useEditQuoteTextMutation();
  const [reattribute] = useReattributeQuoteMutation();
  const [editing, setEditing] = React.useState<QuoteDto | null>(null);
  const [draftText, setDraftText] = React.useState('');
  const [attributing, setAttributing] = React.useState<QuoteDto | null>(null);
  const run = async (p: { unwrap: () => Promise<unknown> }) => {
    try {
      await p.unwrap();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };
  const actions: CardActions = {
    onVerify: (q) => run(verify(q.documentId)),
    onReject: (q) => run(reject(q.documentId)),
    onEdit: (q) => {
      setEditing(q);
      setDraftText(q.text);
    },
    onReattribute: setAttributing,
  };
  const dialogs = (
    <>
      <ModalFrame
        open={!!editing}
        onClose={() => setEditing(null)}
        title={t('edit.title')}
        footer={
          <>
            <Button variant="tertiary" onClick={() => setEditing(null)}>
              {t('cancel')}
            </Button>
            <Button
              onClick={() => {
                const q = editing!;
                setEditing(null);
                run(editText({ id: q.documentId, text: draftText }));
              }}
            >
              {t('save')}
            </Button>
          </>
        }
      >
        <Textarea
          aria-label={t('edit.title')}
          value={draftText}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDraftText(e.target.value)}
        />
      </ModalFrame>
      <ModalFrame open={!!attributing} onClose={() => setAttributing(null)} title={t('reattribute.title')}>
        <SourcePicker
          allowCreate
          exclude={attributing?.source?.documentId}
          onPick={(body) => {
            const q = attributing!;
            setAttributing(null);
            run(reattribute({ id: q.documentId, body }));
          }}
        />
      </ModalFrame>
    </>
  );
  return { actions, dialogs };
}

function Summary({ data }: { data: ArticleQuotesDto }) {
  const t = useT('quotes');
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="quotes-summary">
      {t('summary', {
        total: data.counts.total,
        share: Math.round(data.anonymousShare * 100),
        verified: data.counts.verified,
        needsReview: data.counts.needsReview ?? 0,
      })}
    </Typography>
  );
}

/** Full-width review over the edit view: the article text beside its quotes, with jump-to-text. */
export function QuotesReview({
  documentId,
  status,
  onClose,
}: {
  documentId: string;
  status: ArticleStatus;
  onClose: () => void;
}) {
  const t = useT('quotes');
  const { data, error } = useGetArticleQuotesQuery({ documentId, status });
  const [resync, { isLoading: resyncing }] = useResyncArticleQuotesMutation();
  const { actions, dialogs } = useQuoteActions();
  const [current, setCurrent] = React.useState<string | null>(null);
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('[role="dialog"][data-state="open"]')) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const live = (data?.quotes ?? []).filter((q) => q.state !== 'rejected');
  const rejected = (data?.quotes ?? []).filter((q) => q.state === 'rejected');
  const cardRefs = React.useRef<Record<string, HTMLDivElement | null>>({});
  const pickFromText = (id: string) => {
    setCurrent(id);
    cardRefs.current[id]?.scrollIntoView({ block: 'nearest' });
  };

  return createPortal(
    <Overlay role="dialog" aria-modal="true" aria-label={t('review.title')} data-testid="quotes-review">
      <Head
        padding={4}
        paddingLeft={6}
        paddingRight={6}
        background="neutral0"
        justifyContent="space-between"
        alignItems="center"
        gap={4}
      >
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="beta" tag="h2">
            {t('review.title')}
          </Typography>
          {data ? <Summary data={data} /> : null}
        </Flex>
        <Flex gap={2}>
          <Button
            size="S"
            variant="secondary"
            loading={resyncing}
            onClick={() => resync({ documentId, status })}
          >
            {t('resync')}
          </Button>
          <IconButton
            label={t('review.close')}
            onClick={onClose}
            variant="ghost"
            data-testid="quotes-review-close"
          >
            <Cross />
          </IconButton>
        </Flex>
      </Head>
      {error ? (
        <Box padding={6}>
          <Typography textColor="danger600">{errorMessage(error)}</Typography>
        </Box>
      ) : !data ? (
        <Box padding={6}>
          <Typography textColor="neutral600">{t('loading')}</Typography>
        </Box>
      ) : (
        <Columns>
          <Column
            background="neutral0"
            hasRadius
            shadow="tableShadow"
            padding={6}
            data-scroll-panel="article"
          >
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {t('review.text')}
            </Typography>
            <Box paddingTop={3}>
              {data.body ? (
                <ArticleText body={data.body} quotes={live} current={current} onPick={pickFromText} />
              ) : (
                <Typography textColor="neutral600">{t('review.noText')}</Typography>
              )}
            </Box>
          </Column>
          <Column data-scroll-panel="quotes">
            <Flex direction="column" alignItems="stretch" gap={3}>
              {data.extraction?.status === 'error' ? (
                <Box background="danger100" padding={3} hasRadius>
                  <Typography textColor="danger700">
                    {t('extractionError', { error: data.extraction.error ?? '' })}
                  </Typography>
                </Box>
              ) : null}
              {data.extraction?.status === 'disabled' ? (
                <Typography textColor="neutral600">{t('disabled')}</Typography>
              ) : null}
              {live.map((q) => (
                <div
                  key={q.documentId}
                  ref={(el) => {
                    cardRefs.current[q.documentId] = el;
                  }}
                >
                  <QuoteCard
                    q={q}
                    current={q.documentId === current}
                    actions={{ ...actions, onShow: (x) => setCurrent(x.documentId) }}
                  />
                </div>
              ))}
              {rejected.length > 0 && (
                <Box tag="details" padding={3} background="neutral0" hasRadius data-testid="rejected-quotes">
                  <summary>
                    <Typography variant="pi" fontWeight="semiBold">
                      {t('rejected.folded', { count: rejected.length })}
                    </Typography>
                  </summary>
                  <Flex direction="column" alignItems="stretch" gap={2} paddingTop={3}>
                    {rejected.map((q) => (
                      <QuoteCard key={q.documentId} q={q} current={false} actions={actions} />
                    ))}
                  </Flex>
                </Box>
              )}
              <ExtractionHistory data={data} />
            </Flex>
          </Column>
        </Columns>
      )}
      {dialogs}
    </Overlay>,
    document.body,
  );
}

function ExtractionHistory({ data }: { data: ArticleQuotesDto }) {
  const t = useT('quotes');
  const intl = useIntl();
  const history = data.extraction?.history ?? [];
  if (!history.length) return null;
  return (
    <Box padding={3} background="neutral0" hasRadius>
      <Typography variant="sigma">{t('history')}</Typography>
      {history.slice(0, 5).map((h, i) => (
        <Typography key={i} tag="p" variant="pi" textColor="neutral600">
          {t('history.line', {
            at: intl.formatDate(h.at, { dateStyle: 'medium', timeStyle: 'short' } as any),
            status: t(`articleStatus.${h.status}`, undefined, h.status),
            added: h.added,
            removed: h.removed.length,
          })}
          {h.removed.length ? `: ${h.removed.map((r) => `“${r.text}”`).join('; ')}` : ''}
        </Typography>
      ))}
    </Box>
  );
}

/** The side panel: the summary and the way into the full-width review. */
export function QuotesPanelContent({ documentId, status }: { documentId: string; status: ArticleStatus }) {
  const t = useT('quotes');
  const { data, error } = useGetArticleQuotesQuery({ documentId, status });
  const [open, setOpen] = React.useState(false);
  const close = React.useCallback(() => setOpen(false), []);
  if (error) return <Typography textColor="danger600">{errorMessage(error)}</Typography>;
  if (!data) return <Typography textColor="neutral600">{t('loading')}</Typography>;
  const rejected = data.counts.rejected;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Summary data={data} />
      {rejected ? (
        <Typography variant="pi" textColor="neutral500">
          {t('rejected.count', { count: rejected })}
        </Typography>
      ) : null}
      {data.extraction?.status === 'error' ? (
        <Typography variant="pi" textColor="danger600">
          {t('extractionError', { error: data.extraction.error ?? '' })}
        </Typography>
      ) : null}
      <Button
        startIcon={<Quotes />}
        variant="secondary"
        fullWidth
        onClick={() => setOpen(true)}
        data-testid="quotes-review-open"
      >
        {t('review.open')}
      </Button>
      {open ? <QuotesReview documentId={documentId} status={status} onClose={close} /> : null}
    </Flex>
  );
}

/** Content-manager edit-view side panel (Strapi 5 addEditViewSidePanel). */
export const QuotesPanel = ({
  model,
  documentId,
  activeTab,
}: {
  model: string;
  documentId?: string;
  activeTab: 'draft' | 'published' | null;
}) => {
  const { formatMessage } = useIntl();
  if (model !== UIDS.article || !documentId) return null;
  return {
    title: formatMessage({ id: 'editorial.quotes.panel.title', defaultMessage: 'Quotes' }),
    content: (
      <QuotesPanelContent
        documentId={documentId}
        status={activeTab === 'published' ? 'published' : 'draft'}
      />
    ),
  };
};
