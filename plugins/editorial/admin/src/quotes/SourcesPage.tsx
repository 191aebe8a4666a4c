import * as React from 'react';
import { Routes, Route, Link as RouterLink, useParams } from 'react-router-dom';
import { styled } from 'styled-components';
import {
  Badge,
  Box,
  Button,
  Dialog,
  Field,
  Flex,
  Table,
  Thead,
  Tbody,
  Tr,
  Th,
  Td,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { Page, Layouts, BackButton, useNotification, useRBAC } from '@strapi/strapi/admin';
import { SOURCE_KINDS, type SourceListItemDto } from '../../../shared/quotes';
import { ACTIONS, UIDS } from '../../../shared/constants';
import { useGetSourceQuery, useGetSourcesQuery, useMergeSourcesMutation, useUndoMergeMutation } from './api';
import { SourcePicker } from './SourcePicker';
import { SelectField } from '../components/OptionSelect';
import { ModalFrame } from '../components/ModalFrame';
import { withPermission } from '../components/withPermission';
import { plainQuote } from '../utils/quote-text';
import { errorMessage } from '../utils/errors';
import { useT } from '../utils/t';

const ALL = 'all';
/** The "use" filter: the value sent as `unused`, and its label key. */
const USE_LABELS = { [ALL]: 'anyUse', true: 'unused', false: 'used' } as const;
const ARTICLE_READ = [{ action: 'plugin::content-manager.explorer.read', subject: UIDS.article }];

/** A source's name as the row's link: readable size and weight, underlined on hover only. */
const NameLink = styled(RouterLink)`
  font-size: 1.4rem;
  font-weight: 600;
  line-height: 2rem;
  color: ${({ theme }) => theme.colors.primary700};
  text-decoration: none;
  &:hover,
  &:focus-visible {
    text-decoration: underline;
  }
`;

function SourceList() {
  const t = useT('sources');
  const tq = useT('quotes');
  const [q, setQ] = React.useState('');
  const [search, setSearch] = React.useState('');
  const [kind, setKind] = React.useState(ALL);
  const [unused, setUnused] = React.useState(ALL);
  const [page, setPage] = React.useState(1);
  /** A changed filter starts again at the first page. */
  const filterBy = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(1);
  };
  React.useEffect(() => {
    const h = setTimeout(() => setSearch(q.trim()), 200);
    return () => clearTimeout(h);
  }, [q]);
  const { data, error } = useGetSourcesQuery({
    q: search || undefined,
    kind: kind === ALL ? undefined : kind,
    unused: unused === ALL ? undefined : unused,
    page,
    pageSize: 25,
  });

  return (
    <>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header title={t('title')} subtitle={t('subtitle', { total: data?.pagination.total ?? 0 })} />
      <Layouts.Content>
        <Flex gap={4} paddingBottom={4} alignItems="flex-end" wrap="wrap">
          <Box minWidth="28rem">
            <Field.Root name="source-search">
              <Field.Label>{tq('source.search')}</Field.Label>
              <TextInput
                startAction={<Search />}
                placeholder={tq('source.search')}
                value={q}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => filterBy(setQ)(e.target.value)}
              />
            </Field.Root>
          </Box>
          <Box minWidth="20rem">
            <SelectField
              name="source-kind"
              label={t('kind')}
              value={kind}
              options={[ALL, ...SOURCE_KINDS]}
              optionLabel={(k) => (k === ALL ? t('all') : tq(`kind.${k}`))}
              onChange={filterBy(setKind)}
              data-testid="sources-kind"
            />
          </Box>
          <Box minWidth="20rem">
            <SelectField
              name="source-use"
              label={t('use')}
              value={unused}
              options={Object.keys(USE_LABELS)}
              optionLabel={(u) => t(USE_LABELS[u as keyof typeof USE_LABELS])}
              onChange={filterBy(setUnused)}
            />
          </Box>
        </Flex>
        {error ? <Typography textColor="danger600">{errorMessage(error)}</Typography> : null}
        <Table colCount={4} rowCount={(data?.results.length ?? 0) + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('name')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('kind')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('aliases')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma" title={t('quotes.hint')}>
                  {t('quotes')}
                </Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {data?.results.map((s) => (
              <Tr key={s.documentId} data-testid="source-row">
                <Td>
                  <Flex gap={2}>
                    <NameLink to={s.documentId}>{s.name}</NameLink>
                    {s.unused ? <Badge>{t('unusedBadge')}</Badge> : null}
                  </Flex>
                </Td>
                <Td>
                  <Typography>{tq(`kind.${s.kind}`)}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography textColor="neutral600">{s.aliases.join(', ')}</Typography>
                </Td>
                <Td>
                  <Typography data-testid="source-count">{s.quoteCount}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        <Flex gap={2} paddingTop={4}>
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('prev')}
          </Button>
          <Typography>
            {t('page', { page, pageCount: Math.max(1, data?.pagination.pageCount ?? 1) })}
          </Typography>
          <Button
            variant="tertiary"
            disabled={page >= (data?.pagination.pageCount ?? 1)}
            onClick={() => setPage(page + 1)}
          >
            {t('next')}
          </Button>
        </Flex>
      </Layouts.Content>
    </>
  );
}

function SourceDetail() {
  const { documentId = '' } = useParams();
  const t = useT('sources');
  const tq = useT('quotes');
  const { toggleNotification } = useNotification();
  const { data, error } = useGetSourceQuery(documentId);
  const [mergeSources, { isLoading: merging }] = useMergeSourcesMutation();
  const [undoMerge] = useUndoMergeMutation();
  const { allowedActions } = useRBAC(ARTICLE_READ);
  const [picking, setPicking] = React.useState(false);
  const [candidate, setCandidate] = React.useState<SourceListItemDto | null>(null);
  const [lastMerge, setLastMerge] = React.useState<{ mergeId: string; name: string } | null>(null);

  const confirmMerge = async () => {
    const other = candidate;
    setCandidate(null);
    if (!other || !data) return;
    try {
      const res = await mergeSources({ documentId, otherDocumentId: other.documentId }).unwrap();
      setLastMerge(res.undo ? { mergeId: res.undo.mergeId, name: other.name } : null);
      toggleNotification({ type: 'success', message: t('merged', { other: other.name, target: data.name }) });
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };
  const undo = async () => {
    if (!lastMerge) return;
    try {
      await undoMerge({ documentId, mergeId: lastMerge.mergeId }).unwrap();
      toggleNotification({ type: 'success', message: t('merge.undone', { other: lastMerge.name }) });
      setLastMerge(null);
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };

  if (error)
    return (
      <Layouts.Content>
        <Typography textColor="danger600">{errorMessage(error)}</Typography>
      </Layouts.Content>
    );
  if (!data) return <Page.Loading />;
  return (
    <>
      <Page.Title>{data.name}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton disabled={false} fallback="/plugins/editorial/sources" />}
        title={data.name}
        subtitle={`${tq(`kind.${data.kind}`)}${data.aliases.length ? ` · ${t('aliasesList', { aliases: data.aliases.join(', ') })}` : ''}`}
        primaryAction={
          <Button onClick={() => setPicking(true)} loading={merging}>
            {t('merge')}
          </Button>
        }
      />
      <Layouts.Content>
        {lastMerge && (
          <Flex
            padding={3}
            marginBottom={4}
            gap={3}
            background="success100"
            hasRadius
            justifyContent="space-between"
            role="status"
            data-testid="merge-notice"
          >
            <Typography textColor="success700" fontWeight="semiBold">
              {t('merged', { other: lastMerge.name, target: data.name })}
            </Typography>
            <Button variant="tertiary" size="S" onClick={undo} data-testid="merge-undo">
              {t('merge.undo')}
            </Button>
          </Flex>
        )}
        {data.description ? <Typography tag="p">{data.description}</Typography> : null}
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={4}>
          {data.quotes.map((q) => (
            <Box
              key={q.documentId}
              data-testid="source-quote"
              padding={3}
              background="neutral0"
              hasRadius
              shadow="tableShadow"
            >
              <Typography tag="p">“{plainQuote(q.text)}”</Typography>
              <Typography variant="pi" textColor="neutral600">
                {allowedActions.canRead ? (
                  <RouterLink to={`/content-manager/collection-types/${UIDS.article}/${q.articleDocumentId}`}>
                    {q.articleTitle ?? q.articleDocumentId}
                  </RouterLink>
                ) : (
                  (q.articleTitle ?? q.articleDocumentId)
                )}{' '}
                · {t(`articleStatus.${q.articleStatus}`)} · {tq(`state.${q.state}`)}
              </Typography>
            </Box>
          ))}
        </Flex>
      </Layouts.Content>
      <ModalFrame
        open={picking}
        onClose={() => setPicking(false)}
        title={t('merge.title', { target: data.name })}
      >
        <SourcePicker
          exclude={documentId}
          onPick={(_body, source) => {
            setPicking(false);
            if (source) setCandidate(source);
          }}
        />
      </ModalFrame>
      <Dialog.Root open={!!candidate} onOpenChange={(o: boolean) => !o && setCandidate(null)}>
        <Dialog.Content data-testid="merge-confirm">
          <Dialog.Header>{t('merge.confirm.title')}</Dialog.Header>
          <Dialog.Body>
            <Typography tag="p" textAlign="center">
              {t('merge.confirm', {
                other: candidate?.name ?? '',
                target: data.name,
                count: candidate?.quoteCount ?? 0,
              })}
            </Typography>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button fullWidth variant="tertiary">
                {tq('cancel')}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button
                fullWidth
                variant="danger-light"
                onClick={confirmMerge}
                data-testid="merge-confirm-button"
              >
                {t('merge.confirm.button', { other: candidate?.name ?? '' })}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </>
  );
}

const SourceRoutes = () => (
  <Page.Main>
    <Routes>
      <Route index element={<SourceList />} />
      <Route path=":documentId" element={<SourceDetail />} />
    </Routes>
  </Page.Main>
);

/** Sources list and detail, for roles with the quotes permission. */
export default withPermission(ACTIONS.quotes, SourceRoutes);
