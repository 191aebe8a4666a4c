import { useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { styled } from 'styled-components';
import { useT } from '../utils/t';
import { tinted } from './tinted';

const Frame = styled(Box)`
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: 4px;
  padding: 6px;
  max-height: 22rem;
  overflow-y: auto;
  &:focus-within {
    border-color: ${({ theme }) => theme.colors.primary600};
    box-shadow: ${({ theme }) => theme.colors.primary600} 0 0 0 2px;
  }
`;
const Tag = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 4px;
  padding: 2px 4px 2px 8px;
  ${tinted('primary')}
  font-size: 1.3rem;
  line-height: 2rem;
  button {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    padding: 2px;
    border-radius: 2px;
    &:hover,
    &:focus-visible {
      background: ${({ theme }) => theme.colors.primary200};
    }
    svg {
      width: 1rem;
      height: 1rem;
      fill: currentColor;
    }
  }
`;
const Input = styled.input`
  flex: 1;
  min-width: 12rem;
  border: none;
  outline: none;
  font-size: 1.4rem;
  padding: 4px;
  background: transparent;
  color: ${({ theme }) => theme.colors.neutral800};
`;

/** Split pasted or typed text into entries: new lines and commas separate them. */
export const splitEntries = (text: string) =>
  text
    .split(/[\n,]/)
    .map((w) => w.trim())
    .filter(Boolean);

interface Props {
  id: string;
  value: string[];
  disabled?: boolean;
  onChange: (value: string[]) => void;
  placeholder?: string;
}

/**
 * A word list as tags: Enter or a comma adds what was typed, a pasted list adds every line,
 * Backspace in the empty field removes the last tag, each tag has its remove button.
 */
export function TagInput({ id, value, disabled, onChange, placeholder }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const add = (entries: string[]) => {
    const seen = new Set(value.map((v) => v.toLowerCase()));
    const fresh = entries.filter((e) => {
      const key = e.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (fresh.length) onChange([...value, ...fresh]);
    setText('');
  };
  return (
    <Frame data-field={id} data-testid={`tags-${id}`}>
      <Flex gap={1} wrap="wrap">
        {value.map((word, i) => (
          <Tag key={`${word}-${i}`} data-tag={word}>
            {word}
            {!disabled && (
              <button
                type="button"
                aria-label={t('tags.remove', { word })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                <Cross />
              </button>
            )}
          </Tag>
        ))}
        {!disabled && (
          <Input
            id={id}
            value={text}
            placeholder={placeholder ?? t('tags.placeholder')}
            aria-label={placeholder ?? t('tags.placeholder')}
            onChange={(e) => {
              const v = e.target.value;
              if (v.includes(',') || v.includes('\n')) add(splitEntries(v));
              else setText(v);
            }}
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text');
              if (/[\n,]/.test(pasted)) {
                e.preventDefault();
                add(splitEntries(text + pasted));
              }
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (text.trim()) add([text.trim()]);
              } else if (e.key === 'Backspace' && !text && value.length) {
                onChange(value.slice(0, -1));
              }
            }}
            onBlur={() => text.trim() && add([text.trim()])}
          />
        )}
      </Flex>
      {disabled && !value.length && (
        <Typography variant="pi" textColor="neutral500">
          —
        </Typography>
      )}
    </Frame>
  );
}
