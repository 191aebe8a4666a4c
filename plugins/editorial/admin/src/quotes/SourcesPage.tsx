import * as React from 'react';
import { useIntl } from 'react-intl';
import { Routes, Route, Link as RouterLink, useParams } from 'react-router-dom';
import {
  Badge, Box, Button, Flex, Table, Thead, Tbody, Tr, Th, Td, TextInput, Typography, SingleSelect, SingleSelectOption, Modal,
} from '@strapi/design-system';
import { Page, Layouts, BackButton, useNotification } from '@strapi/strapi/admin';
import type { SourceDetailDto, SourceListItemDto } from '../../../shared/quotes';
import { useQuotesApi, errorMessage } from './api';
import { SourcePicker } from './SourcePicker';
import { ACTIONS } from '../../../shared/permissions';

const KINDS = ['person', 'outlet', 'organisation', 'anonymous'];

function SourceList() {
  const { formatMessage: t } = useIntl();
  const api = useQuotesApi();
  const [q, setQ] = React.useState('');
  const [kind, setKind] = React.useState('');
  const [unused, setUnused] = React.useState('');
  const [page, setPage] = React.useState(1);
  const [data, setData] = React.useState<{ results: SourceListItemDto[]; pagination: { page: number; pageCount: number; total: number } } | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    const h = setTimeout(() => api.sources({ q, kind: kind || undefined, unused: unused || undefined, page, pageSize: 25 }).then(setData, (e) => setError(errorMessage(e))), 200);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q, kind, unused, page]);

  return (
    <>
      <Layouts.Header
        title={t({ id: 'editorial.sources.title', defaultMessage: 'Sources' })}
        subtitle={t({ id: 'editorial.sources.subtitle', defaultMessage: '{total} sources quoted in articles' }, { total: data?.pagination.total ?? 0 })}
      />
      <Layouts.Content>
        <Flex gap={2} paddingBottom={4}>
          <TextInput
            aria-label={t({ id: 'editorial.quotes.source.search', defaultMessage: 'Search sources' })}
            placeholder={t({ id: 'editorial.quotes.source.search', defaultMessage: 'Search sources' })}
            value={q}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => { setQ(e.target.value); setPage(1); }}
          />
          <SingleSelect aria-label="kind" value={kind} onChange={(v: string | number) => { setKind(String(v)); setPage(1); }} placeholder={t({ id: 'editorial.sources.kind', defaultMessage: 'Kind' })}>
            <SingleSelectOption value="">{t({ id: 'editorial.sources.all', defaultMessage: 'All kinds' })}</SingleSelectOption>
            {KINDS.map((k) => <SingleSelectOption key={k} value={k}>{t({ id: `editorial.quotes.kind.${k}`, defaultMessage: k })}</SingleSelectOption>)}
          </SingleSelect>
          <SingleSelect aria-label="unused" value={unused} onChange={(v: string | number) => { setUnused(String(v)); setPage(1); }}>
            <SingleSelectOption value="">{t({ id: 'editorial.sources.anyUse', defaultMessage: 'Used and unused' })}</SingleSelectOption>
            <SingleSelectOption value="true">{t({ id: 'editorial.sources.unused', defaultMessage: 'Unused only' })}</SingleSelectOption>
            <SingleSelectOption value="false">{t({ id: 'editorial.sources.used', defaultMessage: 'Used only' })}</SingleSelectOption>
          </SingleSelect>
        </Flex>
        {error ? <Typography textColor="danger600">{error}</Typography> : null}
        <Table colCount={4} rowCount={(data?.results.length ?? 0) + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{t({ id: 'editorial.sources.name', defaultMessage: 'Name' })}</Typography></Th>
              <Th><Typography variant="sigma">{t({ id: 'editorial.sources.kind', defaultMessage: 'Kind' })}</Typography></Th>
              <Th><Typography variant="sigma">{t({ id: 'editorial.sources.aliases', defaultMessage: 'Aliases' })}</Typography></Th>
              <Th><Typography variant="sigma">{t({ id: 'editorial.sources.quotes', defaultMessage: 'Quotes' })}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {data?.results.map((s) => (
              <Tr key={s.documentId}>
                <Td><RouterLink to={s.documentId}>{s.name}</RouterLink> {s.unused ? <Badge>{t({ id: 'editorial.sources.unusedBadge', defaultMessage: 'unused' })}</Badge> : null}</Td>
                <Td><Typography>{t({ id: `editorial.quotes.kind.${s.kind}`, defaultMessage: s.kind })}</Typography></Td>
                <Td><Typography>{s.aliases.join(', ')}</Typography></Td>
                <Td><Typography>{s.quoteCount}</Typography></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        <Flex gap={2} paddingTop={4}>
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t({ id: 'editorial.sources.prev', defaultMessage: 'Previous' })}</Button>
          <Typography>{page} / {Math.max(1, data?.pagination.pageCount ?? 1)}</Typography>
          <Button variant="tertiary" disabled={page >= (data?.pagination.pageCount ?? 1)} onClick={() => setPage(page + 1)}>{t({ id: 'editorial.sources.next', defaultMessage: 'Next' })}</Button>
        </Flex>
      </Layouts.Content>
    </>
  );
}

function SourceDetail() {
  const { documentId = '' } = useParams();
  const { formatMessage: t } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useQuotesApi();
  const [data, setData] = React.useState<SourceDetailDto | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [merging, setMerging] = React.useState(false);

  React.useEffect(() => { api.source(documentId).then(setData, (e) => setError(errorMessage(e))); /* eslint-disable-next-line react-hooks/exhaustive-deps */ }, [documentId]);

  const merge = async (body: { sourceDocumentId: string } | { source: unknown }) => {
    setMerging(false);
    if (!('sourceDocumentId' in body)) return;
    try {
      setData(await api.merge(documentId, body.sourceDocumentId));
      toggleNotification({ type: 'success', message: t({ id: 'editorial.sources.merged', defaultMessage: 'Sources merged' }) });
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };

  if (error) return <Layouts.Content><Typography textColor="danger600">{error}</Typography></Layouts.Content>;
  if (!data) return <Page.Loading />;
  return (
    <>
      <Layouts.Header
        navigationAction={<BackButton disabled={false} fallback="/plugins/editorial/sources" />}
        title={data.name}
        subtitle={`${t({ id: `editorial.quotes.kind.${data.kind}`, defaultMessage: data.kind })}${data.aliases.length ? ` · ${data.aliases.join(', ')}` : ''}`}
        primaryAction={<Button onClick={() => setMerging(true)}>{t({ id: 'editorial.sources.merge', defaultMessage: 'Merge another source into this one' })}</Button>}
      />
      <Layouts.Content>
        {data.description ? <Typography tag="p">{data.description}</Typography> : null}
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={4}>
          {data.quotes.map((q) => (
            <Box key={q.documentId} data-testid="source-quote" padding={3} background="neutral0" hasRadius shadow="tableShadow">
              <Typography tag="p">“{q.text}”</Typography>
              <Typography variant="pi" textColor="neutral600">
                <RouterLink to={`/content-manager/collection-types/plugin::editorial.article/${q.articleDocumentId}`}>{q.articleTitle ?? q.articleDocumentId}</RouterLink>
                {' '}· {q.articleStatus} · {t({ id: `editorial.quotes.state.${q.state}`, defaultMessage: q.state })}
              </Typography>
            </Box>
          ))}
        </Flex>
      </Layouts.Content>
      <Modal.Root open={merging} onOpenChange={(o: boolean) => setMerging(o)}>
        <Modal.Content>
          <Modal.Header><Modal.Title>{t({ id: 'editorial.sources.merge.title', defaultMessage: 'Pick the duplicate: its quotes and aliases move here, then it is deleted' })}</Modal.Title></Modal.Header>
          <Modal.Body><SourcePicker exclude={documentId} onPick={merge} /></Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}

/** For roles with the quotes permission; others see Strapi's no-permission page (the API refuses them too). */
export default function SourcesPage() {
  return (
    <Page.Protect permissions={[{ action: ACTIONS.quotes, subject: null }]}>
      <Page.Main>
        <Routes>
          <Route index element={<SourceList />} />
          <Route path=":documentId" element={<SourceDetail />} />
        </Routes>
      </Page.Main>
    </Page.Protect>
  );
}
