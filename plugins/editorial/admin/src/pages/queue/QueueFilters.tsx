import { forwardRef, useEffect, useState, type ReactNode } from 'react';
import { Combobox, ComboboxOption, Grid, TextInput } from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { QUEUE_SORTS } from '../../../../shared/moderation-api';
import { useGetQueueArticlesQuery, type QueueParams } from '../../api';
import { OptionSelect } from '../../components/OptionSelect';
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

/** One narrow filter of the row (the search box is wider). */
const FilterCell = ({ children }: { children: ReactNode }) => (
  <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
    {children}
  </Grid.Item>
);

/**
 * A text filter typed locally and put in the URL on blur or submit, not on every key; it follows
 * the URL when that changes (back button, a shared link).
 */
function useDraftText(param: string | undefined) {
  const [text, setText] = useState(param ?? '');
  useEffect(() => setText(param ?? ''), [param]);
  const value = text.trim() || undefined;
  return { text, setText, value, changed: (value ?? '') !== (param ?? '') };
}

/** Search, article, reason, author and sort: each lives in the URL, so a view can be shared. */
export const QueueFilters = forwardRef<HTMLInputElement, Props>(function QueueFilters(
  { params, setParams, knownTitles },
  searchRef,
) {
  const t = useT();
  const ruleName = useRuleName();
  const search = useDraftText(params.q);
  const author = useDraftText(params.author);
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
        setParams({ q: search.value, author: author.value });
      }}
    >
      <Grid.Item col={4} m={12} s={12} direction="column" alignItems="stretch">
        <TextInput
          ref={searchRef}
          name="q"
          aria-label={t('filters.search')}
          placeholder={t('filters.search')}
          startAction={<Search />}
          value={search.text}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => search.setText(e.target.value)}
          onBlur={() => search.changed && setParams({ q: search.value })}
        />
      </Grid.Item>
      <FilterCell>
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
      </FilterCell>
      <FilterCell>
        <OptionSelect
          aria-label={t('filters.reason')}
          placeholder={t('filters.reason.any')}
          value={params.reason ?? ''}
          options={KNOWN_RULES}
          optionLabel={ruleName}
          onChange={(r) => setParams({ reason: r || undefined })}
          onClear={params.reason ? () => setParams({ reason: undefined }) : undefined}
        />
      </FilterCell>
      <FilterCell>
        <TextInput
          name="author"
          aria-label={t('filters.author')}
          placeholder={t('filters.author.placeholder')}
          value={author.text}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => author.setText(e.target.value)}
          onBlur={() => author.changed && setParams({ author: author.value })}
        />
      </FilterCell>
      <FilterCell>
        <OptionSelect
          aria-label={t('filters.sort')}
          value={params.sort}
          options={QUEUE_SORTS}
          optionLabel={(sort) => t(`sort.${sort}`)}
          onChange={(sort) => setParams({ sort: sort === 'oldest' ? undefined : sort })}
        />
      </FilterCell>
      <button type="submit" hidden />
    </Grid.Root>
  );
});
