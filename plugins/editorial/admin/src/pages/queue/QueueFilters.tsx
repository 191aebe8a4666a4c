import { forwardRef, useEffect, useState } from 'react';
import {
  Combobox,
  ComboboxOption,
  Grid,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { QUEUE_SORTS } from '../../../../shared/moderation-api';
import { useGetQueueArticlesQuery, type QueueParams } from '../../api';
import { useRuleName } from '../../components/ruleNames';
import { useT } from '../../utils/t';

export const KNOWN_RULES = [
  'banned-words',
  'suspect-words',
  'insult',
  'identity-attack',
  'threat',
  'links',
  'shouting',
  'duplicate',
  'reports',
  'article-mode',
  'banned',
];

export type SetQueueParams = (
  patch: Partial<Record<keyof QueueParams, string | number | undefined>>,
  resetPage?: boolean,
) => void;

interface Props {
  params: QueueParams;
  setParams: SetQueueParams;
  /** Titles of articles seen in the queue, so a filtered article keeps its name. */
  knownTitles: Record<string, string>;
}

/** Search, article, reason, author and sort: each lives in the URL, so a view can be shared. */
export const QueueFilters = forwardRef<HTMLInputElement, Props>(function QueueFilters(
  { params, setParams, knownTitles },
  searchRef,
) {
  const t = useT();
  const ruleName = useRuleName();
  const [searchText, setSearchText] = useState(params.q ?? '');
  const [authorText, setAuthorText] = useState(params.author ?? '');
  useEffect(() => setSearchText(params.q ?? ''), [params.q]);
  useEffect(() => setAuthorText(params.author ?? ''), [params.author]);
  /** What the moderator typed in the article filter: the server searches titles (debounced). */
  const [articleQuery, setArticleQuery] = useState('');
  const [articleSearch, setArticleSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setArticleSearch(articleQuery.trim()), 250);
    return () => clearTimeout(timer);
  }, [articleQuery]);
  const { data: articleChoices = [] } = useGetQueueArticlesQuery({
    status: params.status,
    q: articleSearch || undefined,
  });

  const articleOptions = articleChoices.map(
    (a) => [a.documentId, t('filters.article.option', { title: a.title, count: a.count })] as const,
  );
  if (params.article && !articleChoices.some((a) => a.documentId === params.article)) {
    articleOptions.unshift([params.article, knownTitles[params.article] ?? params.article] as const);
  }

  return (
    <Grid.Root
      gap={3}
      tag="form"
      role="search"
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        setParams({ q: searchText.trim() || undefined, author: authorText.trim() || undefined });
      }}
    >
      <Grid.Item col={4} m={12} s={12} direction="column" alignItems="stretch">
        <TextInput
          ref={searchRef}
          name="q"
          aria-label={t('filters.search')}
          placeholder={t('filters.search')}
          startAction={<Search />}
          value={searchText}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearchText(e.target.value)}
          onBlur={() =>
            searchText.trim() !== (params.q ?? '') && setParams({ q: searchText.trim() || undefined })
          }
        />
      </Grid.Item>
      <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
        <Combobox
          aria-label={t('filters.article')}
          placeholder={t('filters.article.any')}
          value={params.article ?? ''}
          onChange={(v?: string) => {
            setArticleQuery('');
            setParams({ article: v ? String(v) : undefined });
          }}
          onInputChange={(e: React.ChangeEvent<HTMLInputElement>) => setArticleQuery(e.target.value)}
          onClear={
            params.article || articleQuery
              ? () => {
                  setArticleQuery('');
                  setParams({ article: undefined });
                }
              : undefined
          }
          noOptionsMessage={() => t('filters.article.none')}
        >
          {articleOptions.map(([id, title]) => (
            <ComboboxOption key={id} value={id}>
              {title}
            </ComboboxOption>
          ))}
        </Combobox>
      </Grid.Item>
      <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
        <SingleSelect
          aria-label={t('filters.reason')}
          placeholder={t('filters.reason.any')}
          value={params.reason ?? ''}
          onChange={(v: string | number) => setParams({ reason: v ? String(v) : undefined })}
          onClear={params.reason ? () => setParams({ reason: undefined }) : undefined}
        >
          {KNOWN_RULES.map((r) => (
            <SingleSelectOption key={r} value={r}>
              {ruleName(r)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Grid.Item>
      <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
        <TextInput
          name="author"
          aria-label={t('filters.author')}
          placeholder={t('filters.author.placeholder')}
          value={authorText}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAuthorText(e.target.value)}
          onBlur={() =>
            authorText.trim() !== (params.author ?? '') &&
            setParams({ author: authorText.trim() || undefined })
          }
        />
      </Grid.Item>
      <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
        <SingleSelect
          aria-label={t('filters.sort')}
          value={params.sort}
          onChange={(v: string | number) => setParams({ sort: v === 'oldest' ? undefined : String(v) })}
        >
          {QUEUE_SORTS.map((s) => (
            <SingleSelectOption key={s} value={s}>
              {t(`sort.${s}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Grid.Item>
      <button type="submit" hidden />
    </Grid.Root>
  );
});
