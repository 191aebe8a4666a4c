import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, TextInput, Typography, SingleSelect, SingleSelectOption, Field } from '@strapi/design-system';
import type { SourceListItemDto } from '../../../shared/quotes';
import { useQuotesApi, errorMessage } from './api';

/** Search existing sources, or name a new one; calls onPick with the re-attribution body. */
export function SourcePicker({
  onPick,
  exclude,
}: {
  onPick: (body: { sourceDocumentId: string } | { source: { name: string; kind: string } }) => void;
  exclude?: string;
}) {
  const { formatMessage: t } = useIntl();
  const api = useQuotesApi();
  const [q, setQ] = React.useState('');
  const [results, setResults] = React.useState<SourceListItemDto[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [kind, setKind] = React.useState('person');

  React.useEffect(() => {
    const handle = setTimeout(() => {
      api
        .sources({ q, pageSize: 10 })
        .then((r) => setResults(r.results.filter((s) => s.documentId !== exclude)))
        .catch((e) => setError(errorMessage(e)));
    }, 200);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root>
        <Field.Label>{t({ id: 'editorial.quotes.source.search', defaultMessage: 'Search sources' })}</Field.Label>
        <TextInput value={q} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQ(e.target.value)} />
      </Field.Root>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {results.map((s) => (
        <Flex key={s.documentId} justifyContent="space-between" gap={2}>
          <Typography>
            {s.name} <Typography textColor="neutral600">({s.kind}, {s.quoteCount})</Typography>
          </Typography>
          <Button size="S" variant="secondary" onClick={() => onPick({ sourceDocumentId: s.documentId })}>
            {t({ id: 'editorial.quotes.source.pick', defaultMessage: 'Choose' })}
          </Button>
        </Flex>
      ))}
      {q.trim() ? (
        <Box paddingTop={2}>
          <Flex gap={2} alignItems="flex-end">
            <SingleSelect value={kind} onChange={(v: string | number) => setKind(String(v))} size="S">
              {['person', 'outlet', 'organisation', 'anonymous'].map((k) => (
                <SingleSelectOption key={k} value={k}>
                  {t({ id: `editorial.quotes.kind.${k}`, defaultMessage: k })}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Button size="S" onClick={() => onPick({ source: { name: q.trim(), kind } })}>
              {t({ id: 'editorial.quotes.source.create', defaultMessage: 'New source "{name}"' }, { name: q.trim() })}
            </Button>
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
}
