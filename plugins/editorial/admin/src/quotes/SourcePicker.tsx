import * as React from 'react';
import { Box, Button, Flex, TextInput, Typography, Field } from '@strapi/design-system';
import { SOURCE_KINDS, type SourceListItemDto } from '../../../shared/quotes';
import { useGetSourcesQuery, type ReattributeBody } from './api';
import { errorMessage } from '../utils/errors';
import { useT } from '../utils/t';
import { OptionSelect } from '../components/OptionSelect';

/**
 * Search existing sources and pick one; with `allowCreate` (re-attribution), name a new one too.
 * A merge offers existing sources only.
 */
export function SourcePicker({
  onPick,
  exclude,
  allowCreate = false,
}: {
  onPick: (body: ReattributeBody, source?: SourceListItemDto) => void;
  exclude?: string;
  allowCreate?: boolean;
}) {
  const t = useT('quotes');
  const [q, setQ] = React.useState('');
  const [search, setSearch] = React.useState('');
  const [kind, setKind] = React.useState('person');
  React.useEffect(() => {
    const handle = setTimeout(() => setSearch(q.trim()), 200);
    return () => clearTimeout(handle);
  }, [q]);
  const { data, error: failure } = useGetSourcesQuery({ q: search || undefined, pageSize: 10 });
  const results = (data?.results ?? []).filter((s) => s.documentId !== exclude);

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root name="source-search">
        <Field.Label>{t('source.search')}</Field.Label>
        <TextInput value={q} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQ(e.target.value)} />
      </Field.Root>
      {failure ? <Typography textColor="danger600">{errorMessage(failure)}</Typography> : null}
      {results.map((s) => (
        <Flex key={s.documentId} justifyContent="space-between" gap={2} data-testid="source-option">
          <Typography>
            {s.name}{' '}
            <Typography textColor="neutral600">
              ({t(`kind.${s.kind}`)}, {t('source.quoteCount', { count: s.quoteCount })})
            </Typography>
          </Typography>
          <Button size="S" variant="secondary" onClick={() => onPick({ sourceDocumentId: s.documentId }, s)}>
            {t('source.pick')}
          </Button>
        </Flex>
      ))}
      {allowCreate && q.trim() ? (
        <Box paddingTop={2}>
          <Flex gap={2} alignItems="flex-end">
            <OptionSelect
              value={kind}
              options={SOURCE_KINDS}
              optionLabel={(k) => t(`kind.${k}`)}
              onChange={setKind}
              size="S"
              aria-label={t('source.kind')}
            />
            <Button size="S" onClick={() => onPick({ source: { name: q.trim(), kind } })}>
              {t('source.create', { name: q.trim() })}
            </Button>
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
}
