import { Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { highlightSegments } from '../../../shared/highlight';
import type { ModerationReason } from '../../../shared/moderation-api';
import { useRuleName } from './ruleNames';

const Mark = styled.mark`
  background: ${({ theme }) => theme.colors.warning100};
  color: inherit;
  border-bottom: 2px solid ${({ theme }) => theme.colors.warning500};
  border-radius: 2px;
  padding: 0 1px;
`;

/** Words a rule matched that the model did not report as toxic spans: evidence, shown quietly. */
const Matched = styled.span`
  border-bottom: 1px dashed ${({ theme }) => theme.colors.neutral500};
`;

const Body = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  line-height: 1.55;
`;

/**
 * Comment text as plain text, with the toxic spans of every reason marked; words a rule matched
 * outside them (the model refined the spans) are underlined as the rule's evidence.
 */
export function HighlightedText({
  text,
  reasons,
}: {
  text: string;
  reasons: ModerationReason[] | null | undefined;
}) {
  const ruleName = useRuleName();
  const segments = highlightSegments(text ?? '', reasons);
  return (
    <Body tag="p" variant="omega" textColor="neutral800" data-testid="comment-body">
      {segments.map((s) =>
        s.rules.length ? (
          <Mark key={s.start} title={s.rules.map(ruleName).join(', ')} data-rules={s.rules.join(' ')}>
            {s.text}
          </Mark>
        ) : s.matchedBy?.length ? (
          <Matched
            key={s.start}
            title={`matched by ${s.matchedBy.map(ruleName).join(', ')}`}
            data-matched-by={s.matchedBy.join(' ')}
          >
            {s.text}
          </Matched>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </Body>
  );
}
