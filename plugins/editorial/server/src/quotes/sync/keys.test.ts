import { matchKeys, displayText, evidenceOf, guardSource } from './sync';
import { keyOf, slugFor, aliasKeysOf, toModelKind } from './names';

describe('quote match keys', () => {
  it('ignores quotation marks, case, spacing and trailing punctuation', () => {
    const [a, b] = matchKeys(['"We cannot wait," ', 'we  cannot WAIT']);
    expect(a).toBe(b.replace(/~2$/, ''));
  });
  it('numbers repeated quotes so each occurrence has its own key', () => {
    const keys = matchKeys(['Yes.', 'No.', 'Yes.']);
    expect(keys[2]).toBe(`${keys[0]}~2`);
    expect(new Set(keys).size).toBe(3);
  });
  it('differs when the words differ', () => {
    const [a, b] = matchKeys(['Figures were revised in January', 'Figures were revised in February']);
    expect(a).not.toBe(b);
  });
});

describe('display text', () => {
  it('drops enclosing marks and the trailing comma, keeps inner marks of mixed quotes', () => {
    expect(displayText('"We cannot wait another winter for this,"')).toBe(
      'We cannot wait another winter for this',
    );
    expect(displayText('\u201cIt is over.\u201d')).toBe('It is over.');
    expect(displayText('the plan was "dead on arrival" and "too late"')).toBe(
      'the plan was "dead on arrival" and "too late"',
    );
  });
});

describe('source keys', () => {
  it('drops "the" and titles for named sources, not for anonymous ones', () => {
    expect(keyOf('Mr. Faizi', 'person')).toBe('faizi');
    expect(keyOf('The Coastal Times', 'outlet')).toBe('coastal-times');
    expect(slugFor('a senior port official', 'anonymous', 'doc1')).toBe(
      'anonymous-doc1-a-senior-port-official',
    );
    expect(aliasKeysOf(['Amir Faizi', 'Mr. Faizi', 'Faizi'], 'person')).toBe('|amir-faizi|faizi|');
  });
  it('maps the engine kind "organization" to the model kind "organisation"', () => {
    expect(toModelKind('organization')).toBe('organisation');
    expect(toModelKind('outlet')).toBe('outlet');
  });
});

describe('quote evidence', () => {
  const base = {
    text: 'x',
    start: 0,
    end: 1,
    segments: [],
    type: 'direct' as const,
    cue: { text: 'said', start: 3, end: 7 },
    speaker: { text: 'Odile Brack', start: 8, end: 19 },
    source: null,
    confidence: 0.9,
  };
  it('keeps the engine’s evidence', () => {
    const evidence = {
      cue: 'told',
      rule: 'cue-after',
      mentions: [
        { text: 'Odile Brack', start: 8, end: 19 },
        { text: 'she', start: 40, end: 43 },
      ],
    };
    expect(evidenceOf({ ...base, evidence } as any)).toEqual(evidence);
  });
  it('builds it from the cue and speaker when the engine gives none', () => {
    expect(evidenceOf(base as any)).toEqual({
      cue: 'said',
      rule: 'direct',
      mentions: [{ text: 'Odile Brack', start: 8, end: 19 }],
    });
  });
});

describe('named sources from the engine', () => {
  const quote = (name: string, kind: string) =>
    ({
      text: 'x',
      start: 0,
      end: 1,
      segments: [],
      type: 'direct',
      cue: null,
      speaker: null,
      confidence: 0.9,
      source: { name, kind, description: null },
    }) as any;
  it('drops a day or pronoun as a source and marks the quote unsure', () => {
    for (const name of ['Thursday', 'He'])
      expect(guardSource(quote(name, 'person'))).toMatchObject({ source: null, unsure: true });
  });
  it('makes a description without a name anonymous, and leaves names alone', () => {
    expect(guardSource(quote('officials', 'person')).source).toMatchObject({
      name: 'officials',
      kind: 'anonymous',
    });
    expect(guardSource(quote('The newspaper', 'outlet')).source).toMatchObject({ kind: 'anonymous' });
    expect(guardSource(quote('Odile Brack', 'person')).source).toMatchObject({
      name: 'Odile Brack',
      kind: 'person',
    });
    expect(guardSource(quote('The Harbour Gazette', 'outlet')).source).toMatchObject({ kind: 'outlet' });
  });
});
