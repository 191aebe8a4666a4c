import { css } from 'styled-components';

/** A light box in one theme tone (pills, chips, notes): tone 100 behind, 200 around, 700 for its text. */
export const tinted = (tone: 'primary' | 'warning') => css`
  border-radius: 4px;
  background: ${({ theme }) => theme.colors[`${tone}100`]};
  border: 1px solid ${({ theme }) => theme.colors[`${tone}200`]};
  color: ${({ theme }) => theme.colors[`${tone}700`]};
`;
