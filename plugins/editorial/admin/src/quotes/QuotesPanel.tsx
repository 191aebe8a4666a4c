import * as React from 'react';
import { useIntl } from 'react-intl';
import { Badge, Box, Button, Flex, Textarea, Typography, Modal } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { ArticleQuotesDto, QuoteDto } from '../../../shared/quotes';
import { useQuotesApi, errorMessage } from './api';
import { SourcePicker } from './SourcePicker';

const ARTICLE_UID = 'plugin::editorial.article';

const stateVariant = (s: QuoteDto['state']) => (s === 'verified' ? 'success' : s === 'rejected' ? 'danger' : s === 'needs_review' ? 'warning' : 'neutral');

/** Why the engine attributed the quote: cue, rule and the mentions that resolved its speaker. */
function Evidence({ quote }: { quote: QuoteDto }) {
  const { formatMessage: t } = useIntl();
  const e = quote.evidence;
  if (!e) return null;
  const mentions = e.mentions.map((m) => `“${m.text}”`).join(' → ');
  return (
    <Typography tag="p" variant="pi" textColor="neutral600" data-testid="quote-evidence">
      {t(
        { id: 'editorial.quotes.evidence', defaultMessage: 'Cue: {cue} · rule: {rule} · speaker from: {mentions}' },
        { cue: e.cue ?? '—', rule: e.rule, mentions: mentions || '—' }
      )}
    </Typography>
  );
}

/** The list of quotes of the article version on screen, with editor actions. Text is rendered as plain text. */
export function QuotesPanelContent({ documentId, status }: { documentId: string; status: 'draft' | 'published' }) {
  const { formatMessage: t } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useQuotesApi();
  const [data, setData] = React.useState<ArticleQuotesDto | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [editing, setEditing] = React.useState<QuoteDto | null>(null);
  const [draftText, setDraftText] = React.useState('');
  const [attributing, setAttributing] = React.useState<QuoteDto | null>(null);

  const load = React.useCallback(() => {
    api.articleQuotes(documentId, status).then(setData, (e) => setError(errorMessage(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, status]);
  React.useEffect(load, [load]);

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      load();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!data) return <Typography textColor="neutral600">{t({ id: 'editorial.quotes.loading', defaultMessage: 'Loading quotes…' })}</Typography>;

  const x = data.extraction;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Typography variant="pi" textColor="neutral600" data-testid="quotes-summary">
        {t(
          { id: 'editorial.quotes.summary', defaultMessage: '{total} quotes · {share}% anonymous · {verified} verified · {needsReview} need review' },
          { total: data.counts.total, share: Math.round(data.anonymousShare * 100), verified: data.counts.verified, needsReview: data.counts.needsReview ?? 0 }
        )}
      </Typography>
      {x?.status === 'error' ? (
        <Box background="danger100" padding={2} hasRadius>
          <Typography textColor="danger700">
            {t({ id: 'editorial.quotes.extractionError', defaultMessage: 'Quote extraction failed on the last save: {error}' }, { error: x.error ?? '' })}
          </Typography>
        </Box>
      ) : null}
      {x?.status === 'disabled' ? (
        <Typography textColor="neutral600">{t({ id: 'editorial.quotes.disabled', defaultMessage: 'Quote extraction is off (Settings).' })}</Typography>
      ) : null}
      {data.quotes.map((q) => (
        <Box
          key={q.documentId}
          data-testid="quote-card"
          data-document-id={q.documentId}
          data-state={q.state}
          padding={2}
          hasRadius
          borderColor="neutral200"
          background={q.state === 'rejected' ? 'neutral100' : 'neutral0'}
        >
          <Typography tag="p" textDecoration={q.state === 'rejected' ? 'line-through' : undefined}>
            “{q.text}”
          </Typography>
          <Flex gap={1} wrap="wrap" paddingTop={1}>
            <Typography variant="pi" fontWeight="bold">{q.source?.name ?? q.speakerText ?? '—'}</Typography>
            {q.source ? <Badge>{t({ id: `editorial.quotes.kind.${q.source.kind}`, defaultMessage: q.source.kind })}</Badge> : null}
            <Badge backgroundColor={`${stateVariant(q.state)}100`}>{t({ id: `editorial.quotes.state.${q.state}`, defaultMessage: q.state })}</Badge>
            {q.editedByEditor ? <Badge>{t({ id: 'editorial.quotes.edited', defaultMessage: 'edited' })}</Badge> : null}
            {q.confidence != null ? (
              <Typography variant="pi" textColor="neutral500" data-testid="quote-confidence">
                {t({ id: 'editorial.quotes.confidence', defaultMessage: 'confidence {value}%' }, { value: Math.round(q.confidence * 100) })}
              </Typography>
            ) : null}
          </Flex>
          <Evidence quote={q} />
          {q.state === 'needs_review' ? (
            <Typography tag="p" variant="pi" textColor="warning700">
              {t({ id: 'editorial.quotes.needsReview', defaultMessage: 'Below the confidence threshold: not public until verified.' })}
            </Typography>
          ) : null}
          <Flex gap={1} paddingTop={2} wrap="wrap">
            <Button
              size="S"
              variant={q.state === 'needs_review' ? 'success' : 'success-light'}
              disabled={q.state === 'verified'}
              onClick={() => act(() => api.verify(q.documentId))}
            >
              {t({ id: 'editorial.quotes.verify', defaultMessage: 'Verify' })}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => { setEditing(q); setDraftText(q.text); }}>
              {t({ id: 'editorial.quotes.edit', defaultMessage: 'Edit' })}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => setAttributing(q)}>
              {t({ id: 'editorial.quotes.reattribute', defaultMessage: 'Re-attribute' })}
            </Button>
            <Button size="S" variant="danger-light" disabled={q.state === 'rejected'} onClick={() => act(() => api.reject(q.documentId))}>
              {t({ id: 'editorial.quotes.reject', defaultMessage: 'Reject' })}
            </Button>
          </Flex>
        </Box>
      ))}
      {x?.history?.length ? (
        <Box>
          <Typography variant="sigma">{t({ id: 'editorial.quotes.history', defaultMessage: 'Quote history' })}</Typography>
          {x.history.slice(0, 5).map((h, i) => (
            <Typography key={i} tag="p" variant="pi" textColor="neutral600">
              {new Date(h.at).toLocaleString()} ({h.status}): +{h.added}
              {h.removed.length ? ` −${h.removed.length}: ${h.removed.map((r) => `“${r.text}”${r.state !== 'extracted' ? ` [${r.state}]` : ''}`).join('; ')}` : ''}
            </Typography>
          ))}
        </Box>
      ) : null}
      <Button size="S" variant="secondary" onClick={() => act(() => api.resync(documentId, status))}>
        {t({ id: 'editorial.quotes.resync', defaultMessage: 'Re-extract now' })}
      </Button>

      <Modal.Root open={!!editing} onOpenChange={(o: boolean) => !o && setEditing(null)}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>{t({ id: 'editorial.quotes.edit.title', defaultMessage: 'Edit quote text' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Textarea value={draftText} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDraftText(e.target.value)} />
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" onClick={() => setEditing(null)}>{t({ id: 'editorial.quotes.cancel', defaultMessage: 'Cancel' })}</Button>
            <Button onClick={() => { const q = editing!; setEditing(null); act(() => api.editText(q.documentId, draftText)); }}>
              {t({ id: 'editorial.quotes.save', defaultMessage: 'Save' })}
            </Button>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>

      <Modal.Root open={!!attributing} onOpenChange={(o: boolean) => !o && setAttributing(null)}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>{t({ id: 'editorial.quotes.reattribute.title', defaultMessage: 'Re-attribute quote' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <SourcePicker
              exclude={attributing?.source?.documentId}
              onPick={(body) => { const q = attributing!; setAttributing(null); act(() => api.reattribute(q.documentId, body)); }}
            />
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </Flex>
  );
}

/** Content-manager edit-view side panel (Strapi 5 addEditViewSidePanel). */
export const QuotesPanel = ({ model, documentId, activeTab }: { model: string; documentId?: string; activeTab: 'draft' | 'published' | null }) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID || !documentId) return null;
  return {
    title: formatMessage({ id: 'editorial.quotes.panel.title', defaultMessage: 'Quotes' }),
    content: <QuotesPanelContent documentId={documentId} status={activeTab === 'published' ? 'published' : 'draft'} />,
  };
};
