/**
 * Admin "Import" page: paste text or drop many files, check and correct a preview per file
 * (fields, comments, quotes, warnings), create drafts with a progress bar, and read the
 * per-file result list. Every request goes to routes that check plugin::editorial.import.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { styled } from 'styled-components';
import {
  Badge,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  ProgressBar,
  Table,
  Tbody,
  Td,
  Textarea,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Pencil, Plus, Trash, Upload } from '@strapi/icons';
import { ACTIONS } from '../../../shared/constants';
import {
  IMPORT_MAX_FILE_BYTES,
  type FileImportResult,
  type FilePreviewResult,
  type ImportOverrides,
} from '../../../shared/import';
import { importItem, previewItem, type ImportItem } from '../utils/import-client';
import { PLUGIN_ID } from '../pluginId';
import { useImportFileMutation, usePreviewImportMutation } from '../api';
import { plainQuote } from '../utils/quote-text';
import { withPermission } from '../components/withPermission';

const t = (id: string) => `${PLUGIN_ID}.import.${id}`;
const ACCEPT = '.txt,.text,.md,.html,.htm,text/plain,text/html';
const EDITABLE = [
  'title',
  'dek',
  'dateline',
  'byline',
  'originalPublishedAt',
  'publicationName',
  'creditLine',
  'section',
  'canonicalUrl',
] as const;
type EditableField = (typeof EDITABLE)[number];

interface Entry extends ImportItem {
  preview?: FilePreviewResult;
  previewing: boolean;
  /** Values the editor typed, by field; compared with the preview when importing. */
  edits: Partial<Record<EditableField | 'body', string>>;
  includeComments: boolean;
  editing: boolean;
  result?: FileImportResult;
}

/** The progress stays in view while the editor scrolls through the previews. */
const StickyProgress = styled(Box)`
  position: sticky;
  top: 8px;
  z-index: 3;
`;

let counter = 0;
const nextId = () => `item-${Date.now()}-${counter++}`;

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

function overridesOf(entry: Entry): ImportOverrides | undefined {
  if (!entry.preview?.ok) return undefined;
  const fields = entry.preview.preview.fields as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    const edited = entry.edits[key];
    if (edited === undefined) continue;
    const original = (fields[key] as string | null) ?? '';
    if (edited === original) continue;
    out[key] = key === 'title' ? edited : edited.trim() === '' ? null : edited;
  }
  if (entry.edits.body !== undefined && entry.edits.body !== entry.preview.preview.body)
    out.body = entry.edits.body;
  if (!entry.includeComments) out.includeComments = false;
  return Object.keys(out).length ? (out as ImportOverrides) : undefined;
}

const statusColor: Record<string, { bg: string; text: string }> = {
  created: { bg: 'success100', text: 'success700' },
  updated: { bg: 'primary100', text: 'primary700' },
  'skipped-duplicate': { bg: 'neutral150', text: 'neutral700' },
  failed: { bg: 'danger100', text: 'danger700' },
};

const commentColor: Record<string, { bg: string; text: string }> = {
  approved: { bg: 'success100', text: 'success700' },
  pending: { bg: 'neutral150', text: 'neutral700' },
  flagged: { bg: 'warning100', text: 'warning700' },
  rejected: { bg: 'danger100', text: 'danger700' },
};

const ImportPageContent = () => {
  const { formatMessage } = useIntl();
  const [previewImport] = usePreviewImportMutation();
  const [importFile] = useImportFileMutation();
  const sendPreview = React.useCallback(
    (data: FormData | Record<string, unknown>) => previewImport(data).unwrap(),
    [previewImport],
  );
  const sendImport = React.useCallback(
    (data: FormData | Record<string, unknown>) => importFile(data).unwrap(),
    [importFile],
  );
  const { toggleNotification } = useNotification();
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [pasteName, setPasteName] = React.useState('');
  const [pasteText, setPasteText] = React.useState('');
  const [updateDuplicates, setUpdateDuplicates] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = React.useState<FileImportResult[] | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const patch = (id: string, change: Partial<Entry> | ((e: Entry) => Partial<Entry>)) =>
    setEntries((list) =>
      list.map((e) => (e.id === id ? { ...e, ...(typeof change === 'function' ? change(e) : change) } : e)),
    );

  /** Previews new entries one by one (oversized files are refused here, without uploading). */
  const addEntries = async (items: ImportItem[]) => {
    const added: Entry[] = items.map((item) => ({
      ...item,
      previewing: true,
      edits: {},
      includeComments: true,
      editing: false,
    }));
    setEntries((list) => [...list, ...added]);
    setResults(null);
    for (const entry of added) {
      if (entry.size > IMPORT_MAX_FILE_BYTES) {
        const message = formatMessage(
          { id: t('error.tooLarge'), defaultMessage: '{name} is {size}, over the {limit} limit per file.' },
          { name: entry.filename, size: formatBytes(entry.size), limit: formatBytes(IMPORT_MAX_FILE_BYTES) },
        );
        patch(entry.id, {
          previewing: false,
          preview: { file: entry.filename, ok: false, error: { code: 'too-large', message }, warnings: [] },
        });
        continue;
      }
      const preview = await previewItem(sendPreview, entry);
      patch(entry.id, { previewing: false, preview });
    }
  };

  const onFiles = (list: FileList | null) => {
    if (!list?.length) return;
    void addEntries(
      Array.from(list).map((file) => ({ id: nextId(), filename: file.name, file, size: file.size })),
    );
  };

  const onPaste = () => {
    if (!pasteText.trim()) return;
    const filename = pasteName.trim() || `pasted-${entries.length + 1}.txt`;
    void addEntries([{ id: nextId(), filename, text: pasteText, size: new Blob([pasteText]).size }]);
    setPasteText('');
    setPasteName('');
  };

  /** Previewed files not yet imported (a second click only handles files added since). */
  const importable = entries.filter((e) => e.preview?.ok && !e.result);

  const onImport = async () => {
    const queue = importable;
    if (!queue.length) return;
    setResults(null);
    setProgress({ done: 0, total: queue.length });
    const out: FileImportResult[] = [];
    // Files that could not be previewed are reported as failed without a request.
    for (const e of entries) {
      if (!e.preview || e.preview.ok || e.result) continue;
      const failed: FileImportResult = {
        file: e.filename,
        status: 'failed',
        code: e.preview.error.code,
        reason: e.preview.error.message,
        warnings: [],
      };
      out.push(failed);
      patch(e.id, { result: failed });
    }
    for (const [index, entry] of queue.entries()) {
      const result = await importItem(
        sendImport,
        entry,
        updateDuplicates ? 'update' : 'skip',
        overridesOf(entry),
      );
      out.push(result);
      patch(entry.id, { result });
      setProgress({ done: index + 1, total: queue.length });
    }
    setResults(out);
    setProgress(null);
    const created = out.filter((r) => r.status === 'created' || r.status === 'updated').length;
    toggleNotification({
      type: out.some((r) => r.status === 'failed') ? 'warning' : 'success',
      message: formatMessage(
        { id: t('notification.done'), defaultMessage: '{created} of {total} file(s) imported as drafts' },
        { created, total: out.length },
      ),
    });
  };

  const busy = progress !== null || entries.some((e) => e.previewing);

  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: t('page.title'), defaultMessage: 'Import articles' })}</Page.Title>
      <Layouts.Header
        title={formatMessage({ id: t('page.title'), defaultMessage: 'Import articles' })}
        subtitle={formatMessage({
          id: t('page.subtitle'),
          defaultMessage:
            'Paste a page or drop text and HTML files; check each preview, then create drafts in the "imported" stage.',
        })}
        primaryAction={
          <Button
            startIcon={<Upload />}
            onClick={onImport}
            disabled={busy || !importable.length}
            loading={progress !== null}
            data-testid="import-submit"
          >
            {formatMessage(
              { id: t('action.import'), defaultMessage: 'Create {count} draft(s)' },
              { count: importable.length },
            )}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="stretch" wrap="wrap">
            <Box
              flex="1"
              minWidth="280px"
              padding={6}
              background={dragging ? 'primary100' : 'neutral0'}
              hasRadius
              shadow="tableShadow"
              borderStyle="dashed"
              borderWidth="1px"
              borderColor={dragging ? 'primary600' : 'neutral300'}
              data-testid="import-dropzone"
              onDragOver={(e: React.DragEvent) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e: React.DragEvent) => {
                e.preventDefault();
                setDragging(false);
                onFiles(e.dataTransfer.files);
              }}
            >
              <Flex direction="column" gap={3} alignItems="center" justifyContent="center" height="100%">
                <Typography variant="delta">
                  {formatMessage({ id: t('drop.title'), defaultMessage: 'Drop .txt or .html files here' })}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(
                    { id: t('drop.hint'), defaultMessage: 'As many as you like, up to {limit} each.' },
                    { limit: formatBytes(IMPORT_MAX_FILE_BYTES) },
                  )}
                </Typography>
                <Button variant="secondary" startIcon={<Plus />} onClick={() => fileInput.current?.click()}>
                  {formatMessage({ id: t('drop.choose'), defaultMessage: 'Choose files' })}
                </Button>
                <input
                  ref={fileInput}
                  type="file"
                  multiple
                  accept={ACCEPT}
                  hidden
                  data-testid="import-file-input"
                  onChange={(e) => {
                    onFiles(e.target.files);
                    e.target.value = '';
                  }}
                />
              </Flex>
            </Box>
            <Box flex="1" minWidth="280px" padding={6} background="neutral0" hasRadius shadow="tableShadow">
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Field.Root name="paste-text">
                  <Field.Label>
                    {formatMessage({ id: t('paste.label'), defaultMessage: 'Or paste a page as text' })}
                  </Field.Label>
                  <Textarea
                    value={pasteText}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setPasteText(e.target.value)}
                    data-testid="import-paste"
                  />
                </Field.Root>
                <Flex gap={2} alignItems="flex-end">
                  <Box flex="1">
                    <Field.Root name="paste-name">
                      <Field.Label>
                        {formatMessage({ id: t('paste.name'), defaultMessage: 'Name (optional)' })}
                      </Field.Label>
                      <TextInput
                        value={pasteName}
                        placeholder="pasted-1.txt"
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPasteName(e.target.value)}
                      />
                    </Field.Root>
                  </Box>
                  <Button
                    variant="secondary"
                    onClick={onPaste}
                    disabled={!pasteText.trim()}
                    data-testid="import-paste-add"
                  >
                    {formatMessage({ id: t('paste.add'), defaultMessage: 'Preview' })}
                  </Button>
                </Flex>
              </Flex>
            </Box>
          </Flex>

          {entries.length > 0 && (
            <Flex justifyContent="space-between" alignItems="center">
              <Checkbox
                checked={updateDuplicates}
                onCheckedChange={(v: boolean) => setUpdateDuplicates(v === true)}
                data-testid="import-update-duplicates"
              >
                {formatMessage({
                  id: t('option.update'),
                  defaultMessage: 'Update drafts of files imported before (otherwise they are skipped)',
                })}
              </Checkbox>
              <Button
                variant="tertiary"
                onClick={() => {
                  setEntries([]);
                  setResults(null);
                }}
                disabled={busy}
              >
                {formatMessage({ id: t('action.clear'), defaultMessage: 'Clear list' })}
              </Button>
            </Flex>
          )}

          {progress && (
            <StickyProgress
              padding={4}
              background="neutral0"
              hasRadius
              shadow="popupShadow"
              data-testid="import-progress"
            >
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography variant="omega">
                  {formatMessage(
                    { id: t('progress'), defaultMessage: 'Importing {done} of {total}…' },
                    { done: progress.done, total: progress.total },
                  )}
                </Typography>
                <ProgressBar value={Math.round((progress.done / progress.total) * 100)} size="M" />
              </Flex>
            </StickyProgress>
          )}

          {results && <ResultList results={results} />}

          <Flex direction="column" alignItems="stretch" gap={3} data-testid="import-previews">
            {entries.map((entry) => (
              <PreviewCard
                key={entry.id}
                entry={entry}
                disabled={busy}
                onRemove={() => setEntries((list) => list.filter((e) => e.id !== entry.id))}
                onChange={(change) => patch(entry.id, change)}
              />
            ))}
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ResultList = ({ results }: { results: FileImportResult[] }) => {
  const { formatMessage } = useIntl();
  const label = (status: string) =>
    formatMessage({
      id: t(`status.${status}`),
      defaultMessage:
        {
          created: 'created',
          updated: 'updated',
          'skipped-duplicate': 'skipped (duplicate)',
          failed: 'failed',
        }[status] ?? status,
    });
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="import-results">
      <Box padding={4}>
        <Typography variant="delta" tag="h2">
          {formatMessage({ id: t('results.title'), defaultMessage: 'Results' })}
        </Typography>
      </Box>
      <Table colCount={3} rowCount={results.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">
                {formatMessage({ id: t('results.file'), defaultMessage: 'File' })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma">
                {formatMessage({ id: t('results.status'), defaultMessage: 'Result' })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma">
                {formatMessage({ id: t('results.details'), defaultMessage: 'Details' })}
              </Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {results.map((r, i) => (
            <Tr key={`${r.file}-${i}`} data-testid="import-result-row" data-status={r.status}>
              <Td>
                <Typography>{r.file}</Typography>
              </Td>
              <Td>
                <Badge backgroundColor={statusColor[r.status]?.bg} textColor={statusColor[r.status]?.text}>
                  {label(r.status)}
                </Badge>
              </Td>
              <Td style={{ whiteSpace: 'normal' }}>
                {r.documentId &&
                (r.status === 'created' || r.status === 'updated' || r.status === 'skipped-duplicate') ? (
                  <Typography>
                    <a
                      href={`/admin/content-manager/collection-types/plugin::editorial.article/${r.documentId}`}
                    >
                      {r.title ?? r.documentId}
                    </a>
                    {r.status !== 'skipped-duplicate' &&
                      ` · ${formatMessage({ id: t('results.comments'), defaultMessage: '{count} comment(s)' }, { count: r.commentCount ?? 0 })}`}
                  </Typography>
                ) : null}
                {r.reason && (
                  <Typography textColor={r.status === 'failed' ? 'danger600' : 'neutral600'}>
                    {' '}
                    {r.reason}
                  </Typography>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};

/** A collapsed part of the preview (comments, quotes): its summary line, the content once opened. */
const PreviewDetails = ({
  summary,
  paddingTop,
  children,
}: {
  summary: string;
  paddingTop: number;
  children: React.ReactNode;
}) => (
  <Box paddingTop={paddingTop}>
    <details>
      <summary>
        <Typography variant="pi">{summary}</Typography>
      </summary>
      {children}
    </details>
  </Box>
);

const PreviewCard = ({
  entry,
  disabled,
  onRemove,
  onChange,
}: {
  entry: Entry;
  disabled: boolean;
  onRemove: () => void;
  onChange: (change: Partial<Entry> | ((e: Entry) => Partial<Entry>)) => void;
}) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const p = entry.preview;
  const fieldLabel: Record<EditableField, string> = {
    title: formatMessage({ id: t('field.title'), defaultMessage: 'Title' }),
    dek: formatMessage({ id: t('field.dek'), defaultMessage: 'Dek' }),
    dateline: formatMessage({ id: t('field.dateline'), defaultMessage: 'Dateline' }),
    byline: formatMessage({ id: t('field.byline'), defaultMessage: 'Byline' }),
    originalPublishedAt: formatMessage({ id: t('field.date'), defaultMessage: 'Published (ISO date)' }),
    publicationName: formatMessage({ id: t('field.publication'), defaultMessage: 'Publication' }),
    creditLine: formatMessage({ id: t('field.credit'), defaultMessage: 'Credit line' }),
    section: formatMessage({ id: t('field.section'), defaultMessage: 'Section' }),
    canonicalUrl: formatMessage({ id: t('field.url'), defaultMessage: 'Canonical URL' }),
  };
  const value = (key: EditableField) =>
    entry.edits[key] ?? (p?.ok ? (p.preview.fields as any)[key] : null) ?? '';
  /** ISO dates in the admin's locale; what the editor typed stays as typed when it is no date. */
  const localDate = (iso: string, withTime = false) => {
    if (!iso) return '';
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? iso
      : intl.formatDate(
          d,
          withTime ? ({ dateStyle: 'medium', timeStyle: 'short' } as any) : ({ dateStyle: 'long' } as any),
        );
  };

  return (
    <Box
      padding={5}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      data-testid="import-preview-card"
      data-file={entry.filename}
    >
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" textColor="neutral600">
            {entry.filename} · {formatBytes(entry.size)}
          </Typography>
          {entry.previewing && (
            <Typography>{formatMessage({ id: t('preview.loading'), defaultMessage: 'Reading…' })}</Typography>
          )}
          {p && !p.ok && (
            <Typography textColor="danger600" data-testid="import-preview-error">
              [{p.error.code}] {p.error.message}
            </Typography>
          )}
          {p?.ok && (
            <>
              <Typography variant="delta" tag="h3">
                {value('title')}
                {p.preview.fields.titleNeedsReview && !entry.edits.title && (
                  <Badge marginLeft={2} backgroundColor="warning100" textColor="warning700">
                    {formatMessage({
                      id: t('preview.suggested'),
                      defaultMessage: 'suggested title, please review',
                    })}
                  </Badge>
                )}
              </Typography>
              <Typography variant="omega" textColor="neutral700" data-testid="import-preview-facts">
                {[
                  value('dateline'),
                  localDate(value('originalPublishedAt')),
                  value('publicationName'),
                  value('creditLine'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              <Typography variant="omega" data-testid="import-preview-counts">
                {formatMessage(
                  {
                    id: t('preview.counts'),
                    defaultMessage:
                      '{paragraphs} paragraph(s), {words} words · {comments} comment(s){declared} · {quotes} quote(s) · {boilerplate} boilerplate line(s) removed',
                  },
                  {
                    paragraphs: p.preview.paragraphCount,
                    words: p.preview.wordCount,
                    comments: p.preview.comments.length,
                    declared:
                      p.preview.commentCountDeclared !== null ? ` / ${p.preview.commentCountDeclared}` : '',
                    quotes: p.preview.quotes.length,
                    boilerplate: p.preview.removedBoilerplate.length,
                  },
                )}
              </Typography>
              {p.preview.removedBoilerplate.length > 0 && (
                <details data-testid="import-boilerplate">
                  <summary>
                    <Typography variant="pi">
                      {formatMessage(
                        { id: t('preview.showBoilerplate'), defaultMessage: 'Removed lines ({count})' },
                        { count: p.preview.removedBoilerplate.length },
                      )}
                    </Typography>
                  </summary>
                  <Box tag="ul" paddingTop={1} paddingLeft={4} style={{ listStyle: 'disc' }}>
                    {p.preview.removedBoilerplate.map((b, i) => (
                      <li key={i}>
                        <Typography variant="pi" textColor="neutral600">
                          {formatMessage({ id: t(`boilerplate.${b.kind}`), defaultMessage: b.kind })}:{' '}
                          {b.text}
                        </Typography>
                      </li>
                    ))}
                  </Box>
                </details>
              )}
              {p.duplicateOf && (
                <Typography textColor="warning700">
                  {formatMessage(
                    { id: t('preview.duplicate'), defaultMessage: 'Already imported as "{title}".' },
                    { title: p.duplicateOf.title },
                  )}
                </Typography>
              )}
            </>
          )}
        </Flex>
        <Flex gap={2}>
          {p?.ok && (
            <Button
              variant="tertiary"
              startIcon={<Pencil />}
              onClick={() => onChange((e) => ({ editing: !e.editing }))}
              disabled={disabled}
              data-testid="import-edit"
            >
              {entry.editing
                ? formatMessage({ id: t('action.done'), defaultMessage: 'Done' })
                : formatMessage({ id: t('action.edit'), defaultMessage: 'Correct' })}
            </Button>
          )}
          <Button variant="danger-light" startIcon={<Trash />} onClick={onRemove} disabled={disabled}>
            {formatMessage({ id: t('action.remove'), defaultMessage: 'Remove' })}
          </Button>
        </Flex>
      </Flex>

      {p?.ok && p.warnings.length > 0 && (
        <Box paddingTop={3}>
          <Box
            padding={3}
            background="warning100"
            borderColor="warning200"
            hasRadius
            data-testid="import-preview-warnings"
          >
            <Typography variant="sigma" textColor="warning700">
              {formatMessage({ id: t('preview.warnings'), defaultMessage: 'Warnings' })}
            </Typography>
            <ul>
              {p.warnings.map((w, i) => (
                <li key={i}>
                  <Typography variant="pi">{w.message}</Typography>
                </li>
              ))}
            </ul>
          </Box>
        </Box>
      )}

      {p?.ok && entry.editing && (
        <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
          {EDITABLE.map((key) => (
            <Field.Root key={key} name={key}>
              <Field.Label>{fieldLabel[key]}</Field.Label>
              <TextInput
                value={value(key)}
                data-testid={`import-field-${key}`}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                  onChange((prev) => ({ edits: { ...prev.edits, [key]: e.target.value } }))
                }
              />
            </Field.Root>
          ))}
          <Field.Root name="body">
            <Field.Label>
              {formatMessage({
                id: t('field.body'),
                defaultMessage: 'Body (paragraphs separated by a blank line)',
              })}
            </Field.Label>
            <Textarea
              value={entry.edits.body ?? p.preview.body}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                onChange((prev) => ({ edits: { ...prev.edits, body: e.target.value } }))
              }
            />
          </Field.Root>
          <Checkbox
            checked={entry.includeComments}
            onCheckedChange={(v: boolean) => onChange({ includeComments: v === true })}
          >
            {formatMessage(
              { id: t('field.includeComments'), defaultMessage: 'Import the reader comments ({count})' },
              { count: p.preview.comments.length },
            )}
          </Checkbox>
        </Flex>
      )}

      {p?.ok && p.preview.comments.length > 0 && (
        <PreviewDetails
          paddingTop={3}
          summary={formatMessage(
            {
              id: t('preview.showComments'),
              defaultMessage: 'Comments ({count}) with what the moderation rules decide',
            },
            { count: p.preview.comments.length },
          )}
        >
          <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
            {p.preview.comments.map((c, i) => (
              <Box key={i} padding={2} background="neutral100" hasRadius>
                <Typography variant="pi" fontWeight="bold">
                  {c.authorName}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {' '}
                  · {c.postedAt ? localDate(c.postedAt, true) : (c.postedAtRaw ?? '?')}
                  {c.parentIndex !== undefined
                    ? ` · ↩ ${p.preview.comments[c.parentIndex]?.authorName ?? ''}`
                    : ''}{' '}
                  ·{' '}
                </Typography>
                <Badge backgroundColor={commentColor[c.status]?.bg} textColor={commentColor[c.status]?.text}>
                  {c.status}
                </Badge>
                <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.body}
                </Typography>
              </Box>
            ))}
          </Flex>
        </PreviewDetails>
      )}

      {p?.ok && p.preview.quotes.length > 0 && (
        <PreviewDetails
          paddingTop={2}
          summary={formatMessage(
            { id: t('preview.showQuotes'), defaultMessage: 'Quotes found ({count})' },
            { count: p.preview.quotes.length },
          )}
        >
          <ul>
            {p.preview.quotes.map((q, i) => (
              <li key={i}>
                <Typography variant="pi">
                  “{plainQuote(q.text)}” — {q.source ?? q.speaker ?? '?'}
                  {q.needsReview
                    ? ` (${formatMessage({ id: t('preview.quoteNeedsReview'), defaultMessage: 'needs review' })})`
                    : ''}
                </Typography>
              </li>
            ))}
          </ul>
        </PreviewDetails>
      )}

      {entry.result && (
        <Box paddingTop={2}>
          <Badge
            backgroundColor={statusColor[entry.result.status]?.bg}
            textColor={statusColor[entry.result.status]?.text}
            data-testid="import-card-status"
          >
            {entry.result.status}
          </Badge>
        </Box>
      )}
    </Box>
  );
};

/** For roles with the import permission. */
export default withPermission(ACTIONS.import, ImportPageContent);
