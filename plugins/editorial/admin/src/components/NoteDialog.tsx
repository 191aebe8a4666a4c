import { useEffect, useRef, useState } from 'react';
import { Button, Field, Textarea, Typography } from '@strapi/design-system';
import { MODERATION_ACTIONS, type ModerationAction } from '../../../shared/moderation-api';
import { useT } from '../utils/t';
import { ModalFrame } from './ModalFrame';
import { SelectField } from './OptionSelect';

interface Props {
  action: ModerationAction | null;
  count: number;
  onCancel: () => void;
  onConfirm: (note: string, action: ModerationAction) => void;
}

/** Asks for an optional note before an action (which the moderator may change); Ctrl+Enter confirms. */
export function NoteDialog({ action, count, onCancel, onConfirm }: Props) {
  const t = useT();
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<ModerationAction>('flag');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (action) {
      setNote('');
      setChosen(action);
      setTimeout(() => ref.current?.focus(), 50);
    }
  }, [action]);
  if (!action) return null;
  const label = t(`action.${chosen}`);
  return (
    <ModalFrame
      open
      onClose={onCancel}
      title={t('note.title', { action: label })}
      data-testid="note-dialog"
      cancelLabel={t('note.cancel')}
      footer={
        <Button onClick={() => onConfirm(note.trim(), chosen)} data-testid="note-confirm">
          {t('note.confirm', { action: label })}
        </Button>
      }
    >
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t('note.targets', { count })}
      </Typography>
      <SelectField
        name="action"
        label={t('note.action')}
        value={chosen}
        options={MODERATION_ACTIONS}
        optionLabel={(a) => t(`action.${a}`)}
        onChange={setChosen}
        data-testid="note-action"
      />
      <Field.Root name="note" hint={t('note.hint')}>
        <Field.Label>{t('note.label')}</Field.Label>
        <Textarea
          ref={ref}
          value={note}
          maxLength={2000}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)}
          onKeyDown={(e: React.KeyboardEvent) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onConfirm(note.trim(), chosen);
          }}
        />
        <Field.Hint />
      </Field.Root>
    </ModalFrame>
  );
}
