/**
 * Splits a comment's text into segments for display: each segment is plain text, marked with the
 * rules whose reason spans cover it. Overlapping spans of several reasons are merged into
 * segments carrying every rule. A reason's `matches` (the words a rule matched, when the model
 * refined its toxic spans) mark segments as rule evidence, apart from the toxic spans.
 * Spans out of range are clipped; empty or inverted ones ignored.
 * The UI renders segments as text (never as HTML).
 */
export interface HighlightSpan {
  start: number;
  end: number;
}
export interface HighlightReason {
  rule: string;
  spans?: HighlightSpan[] | null;
  /** Words the rule matched; shown as evidence, not as toxic spans. */
  matches?: HighlightSpan[] | null;
}
export interface Segment {
  text: string;
  start: number;
  /** Rules whose toxic spans cover this segment, in the order the reasons were given; empty = not highlighted. */
  rules: string[];
  /** Rules whose matched words cover this segment (set only when some do). */
  matchedBy?: string[];
}

export function highlightSegments(text: string, reasons: HighlightReason[] | null | undefined): Segment[] {
  const length = text.length;
  const marks: { start: number; end: number; rule: string; order: number; match: boolean }[] = [];
  (reasons ?? []).forEach((reason, order) => {
    for (const [list, match] of [
      [reason.spans, false],
      [reason.matches, true],
    ] as const) {
      for (const span of list ?? []) {
        const start = Math.max(0, Math.min(length, Math.floor(Number(span?.start))));
        const end = Math.max(0, Math.min(length, Math.floor(Number(span?.end))));
        if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) continue;
        marks.push({ start, end, rule: reason.rule, order, match });
      }
    }
  });
  if (!marks.length) return length ? [{ text, start: 0, rules: [] }] : [];

  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.order - b.order);
    const rules = [...new Set(covering.filter((m) => !m.match).map((m) => m.rule))];
    const matchedBy = [...new Set(covering.filter((m) => m.match).map((m) => m.rule))];
    const key = `${rules.join('\0')}|${matchedBy.join('\0')}`;
    const prev = segments[segments.length - 1];
    if (prev && `${prev.rules.join('\0')}|${(prev.matchedBy ?? []).join('\0')}` === key)
      prev.text += text.slice(start, end);
    else
      segments.push({
        text: text.slice(start, end),
        start,
        rules,
        ...(matchedBy.length ? { matchedBy } : {}),
      });
  }
  return segments;
}
