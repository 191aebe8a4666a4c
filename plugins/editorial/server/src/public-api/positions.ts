/**
 * Where a quote sits in an article body, as offsets into the body string itself
 * (body.slice(start, end) === quote text), whatever convention the stored offsets follow:
 * absolute offsets are checked first, then offsets within the stored paragraph, then the
 * text is searched in that paragraph and finally in the whole body. Paragraphs are the
 * runs of text between line breaks (a blank line counts as one break), as the extractor
 * counts them.
 */
export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\r?\n[\s]*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: body.length });
  return out;
}

export interface StoredPosition {
  text: string;
  paragraph: number | null;
  start: number | null;
  end: number | null;
}

export interface Located {
  paragraph: number | null;
  start: number | null;
  end: number | null;
}

export function locateQuote(
  body: string | null | undefined,
  q: StoredPosition,
  paragraphs?: Paragraph[],
): Located {
  const none = { paragraph: q.paragraph, start: null, end: null };
  if (!body || !q.text) return none;
  const paras = paragraphs ?? paragraphsOf(body);
  const paragraphAt = (offset: number) => {
    for (let i = 0; i < paras.length; i++) if (offset >= paras[i].start && offset <= paras[i].end) return i;
    return q.paragraph;
  };
  const hit = (start: number) => ({ paragraph: paragraphAt(start), start, end: start + q.text.length });
  const matches = (start: number) => start >= 0 && body.startsWith(q.text, start);

  if (q.start !== null && q.start !== undefined && matches(q.start)) return hit(q.start);
  const para = q.paragraph !== null && q.paragraph !== undefined ? paras[q.paragraph] : undefined;
  if (para) {
    if (q.start !== null && q.start !== undefined && matches(para.start + q.start))
      return hit(para.start + q.start);
    const inPara = body.slice(para.start, para.end).indexOf(q.text);
    if (inPara >= 0) return hit(para.start + inPara);
  }
  const anywhere = body.indexOf(q.text);
  return anywhere >= 0 ? hit(anywhere) : none;
}
