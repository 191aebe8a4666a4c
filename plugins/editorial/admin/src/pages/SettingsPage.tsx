import { useEffect, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  MultiSelect,
  MultiSelectOption,
  TextInput,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { ACTIONS } from '../../../shared/constants';
import { BAN_SUBMIT_MODES } from '../../../shared/notifications';
import {
  RULE_ACTIONS,
  SECTION_MAX,
  sectionKey,
  type ModerationSettings,
} from '../../../shared/moderation-settings';
import { useGetModerationSettingsQuery, usePutModerationSettingsMutation } from '../api';
import { errorDetails, errorMessage } from '../utils/errors';
import { hasMessage, useT } from '../utils/t';
import { TagInput } from '../components/TagInput';
import { SelectField } from '../components/OptionSelect';
import { withPermission } from '../components/withPermission';
import { RuleOrder } from '../components/RuleOrder';
import { useRuleName } from '../components/ruleNames';

/** Checked before saving with the server's limits (shared/moderation-settings.ts). */
const SECTIONS_PATH = 'articleMode.premoderatedSections';
/** Groups shown first: what newsrooms change most. */
const FIRST = ['articleMode'];

type Json = any;
const ACTION_KEYS = ['action', 'exactSameClientAction', 'closedAction'];
const WRITE = [{ action: ACTIONS.moderationSettings, subject: null }];

/** The unit each number is in, by its path (else by its key): shown beside the field. */
const UNITS: Record<string, string> = {
  windowMinutes: 'minutes',
  intervalMinutes: 'minutes',
  maxLinks: 'links',
  minLetters: 'letters',
  minCrossClientChars: 'characters',
  maxDistance: 'words',
  minApproved: 'comments',
  maxRejected: 'comments',
  maxUppercaseRatio: 'ratio',
  nearThreshold: 'ratio',
  'reports.threshold': 'reports',
  'model.threshold': 'score',
  spanThreshold: 'score',
  ruleSpanThreshold: 'score',
  'notifications.queueDigest.threshold': 'comments',
};
export const unitOf = (id: string) => UNITS[id] ?? UNITS[id.split('.').pop() ?? ''];
/** Lists of rule ids: the run order is sorted by hand, the others are picked from the rules. */
const RULE_ORDER = 'order';
/** Settings that take one of a few values (shared/notifications.ts). */
const ENUMS: Record<string, readonly string[]> = { onSubmit: BAN_SUBMIT_MODES };
const RULE_LISTS = ['relaxedRules'];

const humanize = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ ([A-Z])/g, (m) => m.toLowerCase());

function getAt(obj: Json, path: string[]) {
  return path.reduce((o, k) => (o == null ? o : o[k]), obj);
}
function setAt(obj: Json, path: string[], value: unknown): Json {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const copy = Array.isArray(obj) ? [...obj] : { ...(obj ?? {}) };
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** The field a server validation error names: details.field/path, or a dotted path in the message. */
export function fieldOfError(error: any, known: string[]): string | null {
  const details = errorDetails(error);
  const candidates = [
    details.field,
    details.path && [].concat(details.path).join('.'),
    ...(details.errors ?? []).map((e: any) => [].concat(e.path ?? []).join('.')),
  ];
  for (const c of candidates) if (c && known.includes(c)) return c;
  const message = errorMessage(error);
  return [...known].sort((a, b) => b.length - a.length).find((k) => message.includes(k)) ?? null;
}

interface FieldProps {
  path: string[];
  value: Json;
  error?: string;
  disabled: boolean;
  onChange: (path: string[], value: unknown) => void;
  draft: Record<string, string>;
  setDraft: (key: string, text: string) => void;
  /** Every rule id (the run order), for the rule pickers. */
  rules: string[];
}

function SettingField({ path, value, error, disabled, onChange, draft, setDraft, rules }: FieldProps) {
  const t = useT();
  const ruleName = useRuleName();
  const key = path[path.length - 1];
  const id = path.join('.');
  // A label by path first (notifications.queueDigest.threshold), else by key (threshold).
  const label = hasMessage(`settings.field.${id}`)
    ? t(`settings.field.${id}`)
    : t(`settings.field.${key}`, undefined, humanize(key));
  if (typeof value === 'boolean') {
    return (
      <Field.Root name={id} error={error}>
        <Field.Label>
          {key === 'enabled' && !hasMessage(`settings.field.${id}`) ? t('settings.enabled') : label}
        </Field.Label>
        <Toggle
          onLabel={t('settings.on')}
          offLabel={t('settings.off')}
          checked={value}
          disabled={disabled}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(path, e.target.checked)}
        />
        <Field.Error />
      </Field.Root>
    );
  }
  if (ACTION_KEYS.includes(key) && typeof value === 'string') {
    return (
      <SelectField
        name={id}
        error={error}
        label={key === 'action' ? t('settings.action') : label}
        value={value}
        disabled={disabled}
        options={RULE_ACTIONS}
        optionLabel={(a) => t(`settings.action.${a}`)}
        onChange={(v) => onChange(path, v)}
      />
    );
  }
  if (typeof value === 'number') {
    const text = draft[id] ?? String(value);
    return (
      <Field.Root name={id} error={error}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          inputMode="decimal"
          value={text}
          disabled={disabled}
          data-field={id}
          endAction={
            unitOf(id) ? (
              <Typography variant="pi" textColor="neutral600" data-unit={unitOf(id)}>
                {t(`settings.unit.${unitOf(id)}`)}
              </Typography>
            ) : undefined
          }
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
            setDraft(id, e.target.value);
            const n = Number(e.target.value.replace(',', '.'));
            if (e.target.value.trim() !== '' && Number.isFinite(n)) onChange(path, n);
          }}
        />
        <Field.Error />
      </Field.Root>
    );
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    if (id === RULE_ORDER) {
      return (
        <Field.Root name={id} error={error} hint={t('settings.hint.order')}>
          <Field.Label>{label}</Field.Label>
          <RuleOrder id={id} value={value} disabled={disabled} onChange={(v) => onChange(path, v)} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      );
    }
    if (RULE_LISTS.includes(key)) {
      return (
        <Field.Root
          name={id}
          error={error}
          hint={hasMessage(`settings.hint.${key}`) ? t(`settings.hint.${key}`) : undefined}
        >
          <Field.Label>{label}</Field.Label>
          <MultiSelect
            value={value}
            disabled={disabled}
            withTags
            onChange={(v: string[]) => onChange(path, v)}
            data-field={id}
          >
            {rules.map((r) => (
              <MultiSelectOption key={r} value={r}>
                {ruleName(r)}
              </MultiSelectOption>
            ))}
          </MultiSelect>
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      );
    }
    return (
      <Field.Root
        name={id}
        error={error}
        hint={
          id === SECTIONS_PATH
            ? `${t('settings.hint.premoderatedSections')} · ${t('settings.sections.count', { count: value.length })}`
            : `${hasMessage(`settings.hint.${key}`) ? t(`settings.hint.${key}`) : t('settings.list.hint')} · ${t('settings.list.count', { count: value.length })}`
        }
      >
        <Field.Label>{label}</Field.Label>
        <TagInput id={id} value={value} disabled={disabled} onChange={(v) => onChange(path, v)} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
  if (typeof value === 'string' && ENUMS[key]) {
    return (
      <SelectField
        name={id}
        error={error}
        label={label}
        value={value}
        disabled={disabled}
        options={ENUMS[key]}
        optionLabel={(option) => t(`settings.${key}.${option}`, undefined, option)}
        onChange={(v) => onChange(path, v)}
        data-field={id}
      />
    );
  }
  if (typeof value === 'string') {
    return (
      <Field.Root name={id} error={error}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          value={value}
          disabled={disabled}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(path, e.target.value)}
        />
        <Field.Error />
      </Field.Root>
    );
  }
  return null;
}

function leafPaths(obj: Json, prefix: string[] = []): string[][] {
  if (obj && typeof obj === 'object' && !Array.isArray(obj))
    return Object.keys(obj).flatMap((k) => leafPaths(obj[k], [...prefix, k]));
  return [prefix];
}

function SettingsForm() {
  const t = useT();
  const { data: loaded, error: loadError } = useGetModerationSettingsQuery();
  const [putSettings] = usePutModerationSettingsMutation();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: rbacLoading } = useRBAC(WRITE);
  const canEdit = !!allowedActions.canModerationSettings;
  const [saved, setSaved] = useState<ModerationSettings | null>(null);
  const [value, setValue] = useState<ModerationSettings | null>(null);
  const [draft, setDraftState] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The form starts from the settings once loaded; a save replaces both with the server's answer.
  useEffect(() => {
    if (loaded && saved === null) {
      setSaved(loaded);
      setValue(loaded);
    }
  }, [loaded, saved]);
  useEffect(() => {
    if (loadError) setFormError(errorMessage(loadError));
  }, [loadError]);

  const paths = useMemo(() => (value ? leafPaths(value).map((p) => p.join('.')) : []), [value]);
  const dirty =
    JSON.stringify(saved) !== JSON.stringify(value) || Object.keys(draft).some((k) => draft[k] !== undefined);

  const onChange = (path: string[], v: unknown) => {
    setValue((prev) => prev && setAt(prev, path, v));
    setErrors((e) => {
      const { [path.join('.')]: _drop, ...rest } = e;
      return rest;
    });
  };
  const setDraft = (key: string, text: string) => setDraftState((d) => ({ ...d, [key]: text }));

  const save = async () => {
    if (!value) return;
    // Client-side: numbers must be numbers.
    const local: Record<string, string> = {};
    for (const [key, text] of Object.entries(draft)) {
      if (
        typeof getAt(saved, key.split('.')) === 'number' &&
        (text.trim() === '' || !Number.isFinite(Number(text.replace(',', '.'))))
      ) {
        local[key] = t('settings.number.invalid');
      }
    }
    const sections = value.articleMode?.premoderatedSections;
    if (Array.isArray(sections)) {
      const seen = new Set<string>();
      for (const name of sections) {
        const key = sectionKey(name);
        if (name.trim().length > SECTION_MAX)
          local[SECTIONS_PATH] = t('settings.sections.tooLong', { max: SECTION_MAX });
        else if (seen.has(key))
          local[SECTIONS_PATH] = t('settings.sections.duplicate', { name: name.trim() });
        seen.add(key);
      }
    }
    if (Object.keys(local).length) {
      setErrors(local);
      setFormError(
        t('settings.invalid', {
          message: Object.entries(local)
            .map(([k, m]) => `${k}: ${m}`)
            .join('; '),
        }),
      );
      return;
    }
    setSaving(true);
    try {
      const next = await putSettings(value).unwrap();
      setSaved(next);
      setValue(next);
      setDraftState({});
      setErrors({});
      setFormError(null);
      toggleNotification({ type: 'success', message: t('settings.saved') });
    } catch (e) {
      const message = errorMessage(e);
      // A list entry's error (articleMode.premoderatedSections[1]: ...) lands on the list's field.
      const field = fieldOfError(e, paths);
      setErrors(field ? { [field]: message } : {});
      setFormError(t('settings.invalid', { message }));
    } finally {
      setSaving(false);
    }
  };

  const rules: string[] = value?.order ?? [];
  if (!value)
    return formError ? (
      <Typography textColor="danger600" role="alert">
        {formError}
      </Typography>
    ) : (
      <Page.Loading />
    );

  // The form is laid out from the settings themselves: one box per group, a field per leaf.
  const groups: Record<string, Json> = value;
  const sections = Object.keys(groups)
    .filter((k) => groups[k] && typeof groups[k] === 'object' && !Array.isArray(groups[k]))
    .sort((a, b) => Number(FIRST.includes(b)) - Number(FIRST.includes(a)));
  const general = Object.keys(value).filter((k) => !sections.includes(k));
  /** One setting in its grid cell, `col` twelfths wide. */
  const fieldCell = (path: string[], v: Json, col: 3 | 6) => (
    <Grid.Item key={path.join('.')} col={col} s={12} direction="column" alignItems="stretch">
      <SettingField
        path={path}
        value={v}
        error={errors[path.join('.')]}
        disabled={!canEdit}
        onChange={onChange}
        draft={draft}
        setDraft={setDraft}
        rules={rules}
      />
    </Grid.Item>
  );
  const renderFields = (obj: Json, prefix: string[]) =>
    Object.keys(obj).map((k) => {
      const path = [...prefix, k];
      const v = obj[k];
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        return (
          <Grid.Item key={k} col={12} direction="column" alignItems="stretch">
            <Typography variant="sigma" textColor="neutral600">
              {hasMessage(`settings.field.${path.join('.')}`)
                ? t(`settings.field.${path.join('.')}`)
                : t(`settings.field.${k}`, undefined, humanize(k))}
            </Typography>
            <Grid.Root gap={4} paddingTop={2}>
              {renderFields(v, path)}
            </Grid.Root>
          </Grid.Item>
        );
      }
      const wide = Array.isArray(v) && !RULE_LISTS.includes(k);
      return fieldCell(path, v, wide ? 6 : 3);
    });

  return (
    <Page.Main>
      <Page.Title>{t('settings.title')}</Page.Title>
      <Layouts.Header
        title={t('settings.title')}
        subtitle={t('settings.subtitle')}
        primaryAction={
          <Button
            startIcon={<Check />}
            onClick={save}
            loading={saving}
            disabled={!canEdit || rbacLoading || !dirty}
            data-testid="settings-save"
          >
            {t('settings.save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {!canEdit && !rbacLoading && (
            <Box padding={4} background="neutral0" hasRadius>
              <Typography textColor="neutral600">{t('settings.noPermission')}</Typography>
            </Box>
          )}
          {formError && (
            <Box padding={4} background="danger100" hasRadius role="alert" data-testid="settings-error">
              <Typography textColor="danger700">{formError}</Typography>
            </Box>
          )}
          {general.length > 0 && (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <Typography variant="delta" tag="h2">
                {t('settings.general')}
              </Typography>
              <Grid.Root gap={4} paddingTop={4}>
                {general.map((k) => fieldCell([k], groups[k], 6))}
              </Grid.Root>
            </Box>
          )}
          {sections.map((s) => (
            <Box key={s} background="neutral0" hasRadius shadow="tableShadow" padding={6} data-section={s}>
              <Typography variant="delta" tag="h2">
                {t(`settings.section.${s}`, undefined, humanize(s))}
              </Typography>
              <Grid.Root gap={4} paddingTop={4}>
                {renderFields(groups[s], [s])}
              </Grid.Root>
            </Box>
          ))}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** Settings > Moderation rules: word lists, thresholds and rule actions, validated by the server. */
export default withPermission(ACTIONS.moderate, SettingsForm);
