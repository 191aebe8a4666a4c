import { useState } from 'react';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Drag } from '@strapi/icons';
import { styled } from 'styled-components';
import { useRuleName } from './ruleNames';
import { useT } from '../utils/t';

const Row = styled(Flex)<{ $over: boolean }>`
  border: 1px solid ${({ theme, $over }) => ($over ? theme.colors.primary600 : theme.colors.neutral200)};
  background: ${({ theme }) => theme.colors.neutral0};
  border-radius: 4px;
  cursor: grab;
`;

/** Moves the entry at `from` to `to` (a new array). */
export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The order the rules run in, by name: drag a rule, or move it with its arrow buttons. */
export function RuleOrder({
  id,
  value,
  disabled,
  onChange,
}: {
  id: string;
  value: string[];
  disabled?: boolean;
  onChange: (v: string[]) => void;
}) {
  const t = useT();
  const ruleName = useRuleName();
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={1} data-field={id} data-testid="rule-order">
      {value.map((rule, i) => (
        <Row
          key={rule}
          tag="li"
          $over={over === i && dragging !== i}
          gap={2}
          padding={2}
          data-rule={rule}
          draggable={!disabled}
          onDragStart={() => setDragging(i)}
          onDragOver={(e: React.DragEvent) => {
            e.preventDefault();
            setOver(i);
          }}
          onDragEnd={() => {
            setDragging(null);
            setOver(null);
          }}
          onDrop={(e: React.DragEvent) => {
            e.preventDefault();
            if (dragging !== null) onChange(move(value, dragging, i));
            setDragging(null);
            setOver(null);
          }}
        >
          <Drag width="1.2rem" height="1.2rem" aria-hidden />
          <Box minWidth="2.4rem">
            <Typography variant="pi" textColor="neutral500">
              {i + 1}.
            </Typography>
          </Box>
          <Box flex="1">
            <Typography fontWeight="semiBold">{ruleName(rule)}</Typography>
          </Box>
          <IconButton
            label={t('settings.order.up', { rule: ruleName(rule) })}
            variant="ghost"
            disabled={disabled || i === 0}
            onClick={() => onChange(move(value, i, i - 1))}
          >
            <ArrowUp />
          </IconButton>
          <IconButton
            label={t('settings.order.down', { rule: ruleName(rule) })}
            variant="ghost"
            disabled={disabled || i === value.length - 1}
            onClick={() => onChange(move(value, i, i + 1))}
          >
            <ArrowDown />
          </IconButton>
        </Row>
      ))}
    </Flex>
  );
}
