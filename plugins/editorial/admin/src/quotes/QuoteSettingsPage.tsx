import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Field, Flex, NumberInput, Toggle } from '@strapi/design-system';
import { Page, Layouts, useNotification } from '@strapi/strapi/admin';
import type { QuoteSettings } from '../../../shared/settings';
import { useGetQuoteSettingsQuery, usePutQuoteSettingsMutation } from './api';
import { errorMessage } from '../utils/errors';
import { ACTIONS } from '../../../shared/constants';
import { withPermission } from '../components/withPermission';

/** Settings > Editorial quotes: extraction on/off and the minimum confidence stored. */
function QuoteSettingsForm() {
  const { formatMessage: t } = useIntl();
  const { toggleNotification } = useNotification();
  const { data, error } = useGetQuoteSettingsQuery();
  const [putSettings, { isLoading: saving }] = usePutQuoteSettingsMutation();
  const [s, setS] = React.useState<QuoteSettings | null>(null);
  React.useEffect(() => {
    if (data) setS(data);
  }, [data]);
  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, toggleNotification]);
  if (!s) return <Page.Loading />;
  const save = async () => {
    try {
      setS(await putSettings(s).unwrap());
      toggleNotification({
        type: 'success',
        message: t({ id: 'editorial.settings.saved', defaultMessage: 'Settings saved' }),
      });
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };
  return (
    <Page.Main>
      <Layouts.Header
        title={t({ id: 'editorial.settings.quotes.title', defaultMessage: 'Quote extraction' })}
        primaryAction={
          <Button onClick={save} loading={saving}>
            {t({ id: 'editorial.quotes.save', defaultMessage: 'Save' })}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Field.Root
            hint={t({
              id: 'editorial.settings.quotes.enabled.hint',
              defaultMessage: 'Re-extract quotes on every article save',
            })}
          >
            <Field.Label>
              {t({ id: 'editorial.settings.quotes.enabled', defaultMessage: 'Extraction' })}
            </Field.Label>
            <Toggle
              checked={s.extractionEnabled}
              onLabel={t({ id: 'editorial.settings.on', defaultMessage: 'On' })}
              offLabel={t({ id: 'editorial.settings.off', defaultMessage: 'Off' })}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                setS({ ...s, extractionEnabled: e.target.checked })
              }
            />
            <Field.Hint />
          </Field.Root>
          <Field.Root
            hint={t({
              id: 'editorial.settings.quotes.minConfidence.hint',
              defaultMessage:
                'Quotes below this confidence (0 to 1) are stored as needing review and stay off the public site until an editor verifies them',
            })}
          >
            <Field.Label>
              {t({ id: 'editorial.settings.quotes.minConfidence', defaultMessage: 'Minimum confidence' })}
            </Field.Label>
            <NumberInput
              step={0.05}
              value={s.minConfidence}
              onValueChange={(v: number | undefined) =>
                setS({ ...s, minConfidence: Math.min(1, Math.max(0, v ?? 0)) })
              }
            />
            <Field.Hint />
          </Field.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** For roles with the settings permission. */
export default withPermission(ACTIONS.settings, QuoteSettingsForm);
