import { useEffect, useMemo, useState } from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, TextInput, Toggle, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { ACTIONS } from '../../../shared/permissions';
import { errorMessage, useModerationApi } from '../api';
import { hasMessage, useT } from '../utils/t';

/** Same limits as the server (server/src/moderation/settings.ts), checked before saving. */
const SECTION_MAX = 120;
const SECTIONS_PATH = 'articleMode.premoderatedSections';
/** Groups shown first: what newsrooms change most. */
const FIRST = ['articleMode'];

type Json = any;
const ACTION_KEYS = ['action', 'exactSameClientAction', 'closedAction'];
const RULE_ACTIONS = ['pending', 'flag', 'reject'];
const READ = [{ action: ACTIONS.moderate, subject: null }];
const WRITE = [{ action: ACTIONS.moderationSettings, subject: null }];

const humanize = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase()).replace(/ ([A-Z])/g, (m) => m.toLowerCase());

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
  const details = error?.response?.data?.error?.details ?? {};
  const candidates = [details.field, details.path && [].concat(details.path).join('.'), ...(details.errors ?? []).map((e: any) => [].concat(e.path ?? []).join('.'))];
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
}

function SettingField({ path, value, error, disabled, onChange, draft, setDraft }: FieldProps) {
  const t = useT();
  const key = path[path.length - 1];
  const id = path.join('.');
  const label = t(`settings.field.${key}`, undefined, humanize(key));
  if (typeof value === 'boolean') {
    return (
      <Field.Root name={id} error={error}>
        <Field.Label>{key === 'enabled' ? t('settings.enabled') : label}</Field.Label>
        <Toggle onLabel={t('settings.on')} offLabel={t('settings.off')} checked={value} disabled={disabled} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(path, e.target.checked)} />
        <Field.Error />
      </Field.Root>
    );
  }
  if (ACTION_KEYS.includes(key) && typeof value === 'string') {
    return (
      <Field.Root name={id} error={error}>
        <Field.Label>{key === 'action' ? t('settings.action') : label}</Field.Label>
        <SingleSelect value={value} disabled={disabled} onChange={(v: string | number) => onChange(path, String(v))}>
          {RULE_ACTIONS.map((a) => (
            <SingleSelectOption key={a} value={a}>{t(`settings.action.${a}`)}</SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
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
    const text = draft[id] ?? value.join('\n');
    return (
      <Field.Root
        name={id}
        error={error}
        hint={
          id === SECTIONS_PATH
            ? `${t('settings.hint.premoderatedSections')} · ${t('settings.sections.count', { count: value.length })}`
            : `${hasMessage(`settings.hint.${key}`) ? t(`settings.hint.${key}`) : t('settings.list.hint')} · ${value.length}`
        }
      >
        <Field.Label>{label}</Field.Label>
        <Textarea
          value={text}
          disabled={disabled}
          data-field={id}
          style={{ minHeight: '9rem', fontFamily: 'ui-monospace, monospace', fontSize: '1.3rem' }}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
            setDraft(id, e.target.value);
            onChange(path, e.target.value.split('\n').map((w) => w.trim()).filter(Boolean));
          }}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
  if (typeof value === 'string') {
    return (
      <Field.Root name={id} error={error}>
        <Field.Label>{label}</Field.Label>
        <TextInput value={value} disabled={disabled} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(path, e.target.value)} />
        <Field.Error />
      </Field.Root>
    );
  }
  return null;
}

function leafPaths(obj: Json, prefix: string[] = []): string[][] {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) return Object.keys(obj).flatMap((k) => leafPaths(obj[k], [...prefix, k]));
  return [prefix];
}

function SettingsForm() {
  const t = useT();
  const api = useModerationApi();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: rbacLoading } = useRBAC(WRITE);
  const canEdit = !!allowedActions.canModerationSettings;
  const [saved, setSaved] = useState<Json>(null);
  const [value, setValue] = useState<Json>(null);
  const [draft, setDraftState] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api
      .getSettings()
      .then((s) => {
        setSaved(s);
        setValue(s);
      })
      .catch((e) => setFormError(errorMessage(e)));
  }, [api]);

  const paths = useMemo(() => (value ? leafPaths(value).map((p) => p.join('.')) : []), [value]);
  const dirty = JSON.stringify(saved) !== JSON.stringify(value) || Object.keys(draft).some((k) => draft[k] !== undefined);

  const onChange = (path: string[], v: unknown) => {
    setValue((prev: Json) => setAt(prev, path, v));
    setErrors((e) => {
      const { [path.join('.')]: _drop, ...rest } = e;
      return rest;
    });
  };
  const setDraft = (key: string, text: string) => setDraftState((d) => ({ ...d, [key]: text }));

  const save = async () => {
    // Client-side: numbers must be numbers.
    const local: Record<string, string> = {};
    for (const [key, text] of Object.entries(draft)) {
      if (typeof getAt(saved, key.split('.')) === 'number' && (text.trim() === '' || !Number.isFinite(Number(text.replace(',', '.'))))) {
        local[key] = t('settings.number.invalid');
      }
    }
    const sections: unknown = getAt(value, SECTIONS_PATH.split('.'));
    if (Array.isArray(sections)) {
      const seen = new Set<string>();
      for (const name of sections as string[]) {
        const key = name.trim().toLowerCase();
        if (name.trim().length > SECTION_MAX) local[SECTIONS_PATH] = t('settings.sections.tooLong', { max: SECTION_MAX });
        else if (seen.has(key)) local[SECTIONS_PATH] = t('settings.sections.duplicate', { name: name.trim() });
        seen.add(key);
      }
    }
    if (Object.keys(local).length) {
      setErrors(local);
      setFormError(t('settings.invalid', { message: Object.entries(local).map(([k, m]) => `${k}: ${m}`).join('; ') }));
      return;
    }
    setSaving(true);
    try {
      const next = await api.putSettings(value);
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

  if (!value) return formError ? <Typography textColor="danger600" role="alert">{formError}</Typography> : <Page.Loading />;

  const sections = Object.keys(value)
    .filter((k) => value[k] && typeof value[k] === 'object' && !Array.isArray(value[k]))
    .sort((a, b) => Number(FIRST.includes(b)) - Number(FIRST.includes(a)));
  const general = Object.keys(value).filter((k) => !sections.includes(k));
  const renderFields = (obj: Json, prefix: string[]) =>
    Object.keys(obj).map((k) => {
      const path = [...prefix, k];
      const v = obj[k];
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        return (
          <Grid.Item key={k} col={12} direction="column" alignItems="stretch">
            <Typography variant="sigma" textColor="neutral600">{t(`settings.field.${k}`, undefined, humanize(k))}</Typography>
            <Grid.Root gap={4} paddingTop={2}>{renderFields(v, path)}</Grid.Root>
          </Grid.Item>
        );
      }
      const wide = Array.isArray(v);
      return (
        <Grid.Item key={k} col={wide ? 6 : 3} s={12} direction="column" alignItems="stretch">
          <SettingField path={path} value={v} error={errors[path.join('.')]} disabled={!canEdit} onChange={onChange} draft={draft} setDraft={setDraft} />
        </Grid.Item>
      );
    });

  return (
    <Page.Main>
      <Page.Title>{t('settings.title')}</Page.Title>
      <Layouts.Header
        title={t('settings.title')}
        subtitle={t('settings.subtitle')}
        primaryAction={
          <Button startIcon={<Check />} onClick={save} loading={saving} disabled={!canEdit || rbacLoading || !dirty} data-testid="settings-save">
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
              <Typography variant="delta" tag="h2">{t('settings.general')}</Typography>
              <Grid.Root gap={4} paddingTop={4}>
                {general.map((k) => {
                  const v = value[k];
                  return (
                    <Grid.Item key={k} col={6} s={12} direction="column" alignItems="stretch">
                      <SettingField path={[k]} value={v} error={errors[k]} disabled={!canEdit} onChange={onChange} draft={draft} setDraft={setDraft} />
                    </Grid.Item>
                  );
                })}
              </Grid.Root>
            </Box>
          )}
          {sections.map((s) => (
            <Box key={s} background="neutral0" hasRadius shadow="tableShadow" padding={6} data-section={s}>
              <Typography variant="delta" tag="h2">{t(`settings.section.${s}`, undefined, humanize(s))}</Typography>
              <Grid.Root gap={4} paddingTop={4}>{renderFields(value[s], [s])}</Grid.Root>
            </Box>
          ))}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** Settings > Moderation rules: word lists, thresholds and rule actions, validated by the server. */
export default function SettingsPage() {
  return (
    <Page.Protect permissions={READ}>
      <SettingsForm />
    </Page.Protect>
  );
}
