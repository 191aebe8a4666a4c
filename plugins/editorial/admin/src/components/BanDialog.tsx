import { useEffect, useState } from 'react';
import { Box, Button, Checkbox, Field, Flex, NumberInput, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { BAN_REASON_MAX, SUSPENSION_MAX_HOURS, type BanKind } from '../../../shared/commenter-bans';
import type { QueueItem } from '../../../shared/moderation-api';
import { useCreateBanMutation } from '../api';
import { errorMessage } from '../utils/errors';
import { ModalFrame } from './ModalFrame';
import { SelectField } from './OptionSelect';
import { useT } from '../utils/t';

/** Suspension lengths are typed in a unit; the server takes hours. */
export const DURATION_UNITS = { hours: 1, days: 24, weeks: 24 * 7 } as const;
type Unit = keyof typeof DURATION_UNITS;
/** Suspension first: the usual choice, and the dialog's default. */
const KIND_CHOICES: readonly BanKind[] = ['suspension', 'ban'];

/** Ban or suspend the author of a comment (every identity the comment carries), with a reason. */
export function BanDialog({ comment, onClose }: { comment: QueueItem | null; onClose: () => void }) {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [createBan, { isLoading }] = useCreateBanMutation();
  const [kind, setKind] = useState<BanKind>('suspension');
  const [amount, setAmount] = useState<number | undefined>(7);
  const [unit, setUnit] = useState<Unit>('days');
  const [reason, setReason] = useState('');
  const [rejectPending, setRejectPending] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!comment) return;
    setKind('suspension');
    setAmount(7);
    setUnit('days');
    setReason('');
    setRejectPending(true);
    setError(null);
  }, [comment]);
  if (!comment) return null;

  const hours = kind === 'suspension' && amount ? Math.round(amount * DURATION_UNITS[unit]) : undefined;
  const durationError =
    kind === 'suspension' && (!hours || hours < 1 || hours > SUSPENSION_MAX_HOURS)
      ? t('ban.duration.invalid', { max: SUSPENSION_MAX_HOURS / 24 })
      : null;
  const submit = async () => {
    if (durationError || !reason.trim()) return;
    setError(null);
    try {
      const res = await createBan({
        commentDocumentId: comment.documentId,
        kind,
        ...(kind === 'suspension' ? { durationHours: hours } : {}),
        reason: reason.trim(),
        rejectPending,
      }).unwrap();
      toggleNotification({
        type: 'success',
        message: t(kind === 'ban' ? 'ban.done.ban' : 'ban.done.suspension', {
          author: comment.authorName,
          count: res.rejectedCount,
        }),
      });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <ModalFrame
      open
      onClose={onClose}
      title={t('ban.title', { author: comment.authorName })}
      data-testid="ban-dialog"
      cancelLabel={t('note.cancel')}
      footer={
        <Button
          variant="danger"
          loading={isLoading}
          disabled={!reason.trim() || !!durationError}
          onClick={submit}
          data-testid="ban-confirm"
        >
          {kind === 'ban' ? t('ban.confirm.ban') : t('ban.confirm.suspension')}
        </Button>
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('ban.hint')}
        </Typography>
        <SelectField
          name="ban-kind"
          label={t('ban.kind')}
          value={kind}
          options={KIND_CHOICES}
          optionLabel={(k) => t(`ban.kind.${k}`)}
          onChange={setKind}
          data-testid="ban-kind"
        />
        {kind === 'suspension' && (
          <Flex gap={2} alignItems="flex-start">
            <Box flex="1">
              <Field.Root name="ban-duration" error={durationError ?? undefined}>
                <Field.Label>{t('ban.duration')}</Field.Label>
                <NumberInput
                  value={amount}
                  min={1}
                  step={1}
                  onValueChange={(v: number | undefined) => setAmount(v)}
                  data-testid="ban-amount"
                />
                <Field.Error />
              </Field.Root>
            </Box>
            <Box flex="1">
              <SelectField
                name="ban-unit"
                label={t('ban.unit')}
                value={unit}
                options={Object.keys(DURATION_UNITS) as Unit[]}
                optionLabel={(u) => t(`unit.${u}`)}
                onChange={setUnit}
                data-testid="ban-unit"
              />
            </Box>
          </Flex>
        )}
        <Field.Root name="ban-reason" required hint={t('ban.reason.hint')}>
          <Field.Label>{t('ban.reason')}</Field.Label>
          <Textarea
            value={reason}
            maxLength={BAN_REASON_MAX}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)}
            data-testid="ban-reason"
          />
          <Field.Hint />
        </Field.Root>
        <Checkbox
          checked={rejectPending}
          onCheckedChange={(v: boolean) => setRejectPending(v === true)}
          data-testid="ban-reject-pending"
        >
          {t('ban.rejectPending')}
        </Checkbox>
        {error && (
          <Typography textColor="danger600" role="alert" data-testid="ban-error">
            {error}
          </Typography>
        )}
      </Flex>
    </ModalFrame>
  );
}
