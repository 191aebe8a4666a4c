import fs from 'node:fs';
import path from 'node:path';
import { compileModerationSettings, defaultModerationSettings, moderateComment } from '..';
import {
  CompiledLexicon,
  hashFeature,
  ruleMarksOf,
  tokenFeatureNames,
  tokenFeatures,
  tokenizeForModel,
} from './features';
import { shippedToxicSpanModel, ToxicSpanModel, spansOfTokens, type ModelWeights } from '.';
import { modelFinding } from './rule';

const lexicon = new CompiledLexicon({ insult: ['gronk*', 'blatherer'] });

/** A hand-made model of 2^8 buckets: the word "gronk" (and its stem) is toxic, everything else is not. */
function tinyModel(): ToxicSpanModel {
  const bits = 8;
  const w = new Map<number, number>();
  const add = (name: string, value: number) => {
    const id = hashFeature(name) & (2 ** bits - 1);
    w.set(id, (w.get(id) ?? 0) + value);
  };
  add('bias', -4000);
  add('lex:insult', 8000);
  const ids = [...w.keys()].sort((a, b) => a - b);
  const weights: ModelWeights = {
    format: 'toxic-spans-lr/1',
    bits,
    typeBits: 4,
    scale: 1000,
    lexicon: { insult: ['gronk*', 'blatherer'] },
    types: ['Insult', 'Threat'],
    thresholds: { span: 0.5, hold: 0.9 },
    binary: { gaps: ids.map((id, i) => id - (i ? ids[i - 1] : 0)), w: ids.map((id) => w.get(id)!) },
    type: { gaps: [], w: [] },
  };
  return new ToxicSpanModel(weights);
}

describe('model features', () => {
  it('tokenises with offsets into the original text and normalises disguises', () => {
    const text = 'You ID10T, stuuuupid f**k!';
    const tokens = tokenizeForModel(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['You', 'ID10T', 'stuuuupid', 'f**k']);
    expect(tokens.map((t) => t.norm)).toEqual(['you', 'idiot', 'stuupid', 'f**k']);
  });

  it('gives the same feature names and ids for the same text, and depends on neighbours', () => {
    const text = 'What a gronk you are.';
    const a = tokenFeatureNames(text, tokenizeForModel(text), lexicon);
    const b = tokenFeatureNames(text, tokenizeForModel(text), lexicon);
    expect(a).toEqual(b);
    expect(tokenFeatures(text, tokenizeForModel(text), lexicon)).toEqual(
      tokenFeatures(text, tokenizeForModel(text), lexicon),
    );
    // The fast ids are the hashes of the names, for plain and disguised words alike.
    for (const t of [text, 'ID10T!! f**k, "stuuupid" @ss-hat x', 'Ça suffit, IMBÉCILE.', 'a']) {
      const tokens = tokenizeForModel(t);
      expect(tokenFeatures(t, tokens, lexicon)).toEqual(
        tokenFeatureNames(t, tokens, lexicon).map((names) => Uint32Array.from(names, hashFeature)),
      );
    }
    expect(a[2]).toEqual(expect.arrayContaining(['w:gronk', 'lex:insult', 'w-1:a', 'w+1:you', 'b-:a|gronk']));
    expect(a[1]).toContain('lex+1:insult');
    // FNV-1a is fixed: shipped weights stay valid across releases.
    expect(hashFeature('')).toBe(0x811c9dc5);
    expect(hashFeature('w:idiot')).toBe(hashFeature('w:idiot'));
    expect(hashFeature('w:idiot')).not.toBe(hashFeature('w:idiots'));
  });
});

describe('spansOfTokens', () => {
  const text = 'you stupid lying fool, and a "crook".';
  const tokens = tokenizeForModel(text);
  const slice = (indices: number[]) =>
    spansOfTokens(text, tokens, indices).map((s) => text.slice(s.start, s.end));

  it('joins neighbouring toxic words separated by spaces into one span', () => {
    expect(slice([1, 2, 3])).toEqual(['stupid lying fool']);
  });
  it('keeps punctuation out and does not join across it or across a clean word', () => {
    expect(slice([3, 4])).toEqual(['fool', 'and']);
    expect(slice([1, 3])).toEqual(['stupid', 'fool']);
    expect(slice([6])).toEqual(['crook']);
  });
});

describe('ToxicSpanModel', () => {
  it('loads sparse weights and scores tokens with them', () => {
    const model = tinyModel();
    const p = model.predict('Only a gronk would say that.');
    expect(p.tokens.map((t) => t.norm)).toEqual(['only', 'a', 'gronk', 'would', 'say', 'that']);
    expect(p.probs[2]).toBeGreaterThan(0.95);
    expect(p.probs[0]).toBeLessThan(0.05);
    expect(p.score).toBe(p.probs[2]);
    expect(model.predict('').score).toBe(0);
  });

  it('refuses weights of another format or with mismatched arrays', () => {
    const good = tinyModel().weights;
    expect(() => new ToxicSpanModel({ ...good, format: 'other' as 'toxic-spans-lr/1' })).toThrow(/format/);
    expect(() => new ToxicSpanModel({ ...good, binary: { gaps: [1, 2], w: [5] } })).toThrow(/binary head/);
  });

  it('the rule reports spans at its thresholds and holds only when `holds` is set', () => {
    const model = tinyModel();
    const s = {
      enabled: true,
      holds: false,
      action: 'flag' as const,
      threshold: 0.9,
      spanThreshold: 0.5,
      ruleSpanThreshold: 0.5,
    };
    const text = 'Only a gronk would say that.';
    const pointing = modelFinding(model, text, s);
    expect(pointing).toMatchObject({ action: null, spans: [{ start: 7, end: 12 }] });
    expect(pointing.detail).toMatch(/^likely (insult|threat), 0\.\d\d: "gronk"$/);
    // Rules decide holds unless the model is allowed to hold.
    expect(modelFinding(model, text, { ...s, holds: true })).toMatchObject({
      action: 'flag',
      spans: [{ start: 7, end: 12 }],
    });
    expect(modelFinding(model, text, { ...s, holds: true, threshold: 0.999 }).action).toBeNull();
    expect(modelFinding(model, text, { ...s, spanThreshold: 0.99 }).spans).toEqual([]);
    // A word a rule matched is reported from the (lower) rule-matched threshold.
    const matched = [{ rule: 'insult', spans: [{ start: 7, end: 12 }] }];
    expect(
      modelFinding(model, text, { ...s, spanThreshold: 0.99, ruleSpanThreshold: 0.5 }, matched).spans,
    ).toEqual([{ start: 7, end: 12 }]);
    expect(modelFinding(model, 'A calm remark.', s).spans).toEqual([]);
  });
});

describe('engine with a model', () => {
  it('puts model spans no rule matched in a `model` reason that does not hold, and keeps rule-form spans', () => {
    const settings = {
      ...defaultModerationSettings,
      model: { ...defaultModerationSettings.model, spanThreshold: 0.5, ruleSpanThreshold: 0.5 },
    };
    const compiled = compileModerationSettings(settings, { model: tinyModel() });
    const text = 'Only a gronk would say that.';
    const result = moderateComment({ text }, compiled, { articleMode: 'open' });
    expect(result.decision).toBe('approve');
    expect(result.reasons).toEqual([
      {
        rule: 'model',
        detail: expect.stringMatching(/^likely \w+, 0\.\d\d: "gronk"$/),
        spans: [{ start: 7, end: 12 }],
      },
    ]);
    // A rule's reason whose words the model does not mark keeps them as matches, with no toxic span.
    const insulted = 'You are an idiot.';
    const held = moderateComment({ text: insulted }, compiled, { articleMode: 'open' });
    expect(held.decision).toBe('flag');
    expect(held.reasons[0]).toEqual({
      rule: 'insult',
      detail: expect.any(String),
      spans: [],
      matches: [{ start: 11, end: 16 }],
    });
    expect(held.reasons.flatMap((r) => r.spans).some((sp) => sp.end > 11 && sp.start < 16)).toBe(false);
    // Form rules keep their spans.
    const shout = 'THE MAYOR NEVER ANSWERS OUR LETTERS ABOUT THE BRIDGE!';
    expect(
      moderateComment({ text: shout }, compiled, { articleMode: 'open' }).reasons.find(
        (r) => r.rule === 'shouting',
      )?.spans.length,
    ).toBe(1);
  });
});

describe('rule features', () => {
  it('mark the tokens each content rule matched, the rules fired, and the distance to a match', () => {
    const text = 'You pathetic gronk, go away.';
    const tokens = tokenizeForModel(text);
    const marks = ruleMarksOf(tokens, [
      { rule: 'insult', spans: [{ start: 4, end: 18 }] },
      { rule: 'threat', spans: [] },
    ]);
    expect(marks.perToken).toEqual([[], ['insult'], ['insult'], [], []]);
    expect(marks.fired).toEqual(['insult']);
    const names = tokenFeatureNames(text, tokens, lexicon, marks);
    expect(names[2]).toEqual(expect.arrayContaining(['r:insult', 'rw:gronk', 'rc:insult', 'r-1:insult']));
    expect(names[0]).toEqual(expect.arrayContaining(['r+1:insult', 'rda:0', 'rdb:x']));
    expect(names[4]).toEqual(expect.arrayContaining(['rdb:1']));
    expect(tokenFeatureNames(text, tokens, lexicon, ruleMarksOf(tokens, []))[0]).toContain('rnone');
    // Ids and names agree with rule features too.
    expect(tokenFeatures(text, tokens, lexicon, marks)).toEqual(
      names.map((n) => Uint32Array.from(n, hashFeature)),
    );
  });
});

describe('shipped weights', () => {
  const file = path.join(__dirname, 'weights.json');
  const model = shippedToxicSpanModel();

  it('are under 5 MB, trained with rule features, with lexicon and thresholds stored', () => {
    expect(fs.statSync(file).size).toBeLessThan(5 * 1024 * 1024);
    expect(model.weights.binary.gaps.length).toBeGreaterThan(1000);
    expect(model.usesRules).toBe(true);
    expect(Object.keys(model.weights.lexicon)).toEqual(
      expect.arrayContaining(['insult', 'suspect', 'threat']),
    );
    expect(model.thresholds.span).toBeGreaterThan(0);
    expect(model.thresholds.span).toBeLessThan(1);
  });

  it('point at the insult of an invented toxic sentence and at nothing in a clean one', () => {
    const s = defaultModerationSettings.model;
    const toxic = 'Honestly the councillor is a pathetic idiot and everyone knows it.';
    const found = modelFinding(model, toxic, s, [{ rule: 'insult', spans: [{ start: 38, end: 43 }] }]);
    expect(found.spans.map((sp) => toxic.slice(sp.start, sp.end)).join(' ')).toMatch(/idiot/);
    expect(found.type).toBe('Insult');
    const clean = 'The ferry timetable for Larkmoor changes on Monday, the harbour office said.';
    expect(modelFinding(model, clean, s).spans).toEqual([]);
  });

  it("refine the engine's spans by default: rules decide, reasons keep their matches, spans are the model's", () => {
    expect(defaultModerationSettings.model).toMatchObject({ enabled: true, holds: false });
    const rulesOnly = compileModerationSettings({
      ...defaultModerationSettings,
      model: { ...defaultModerationSettings.model, enabled: false },
    });
    const text = 'You are a pathetic idiot.';
    const on = moderateComment({ text }, defaultModerationSettings, { articleMode: 'open' });
    const off = moderateComment({ text }, rulesOnly, { articleMode: 'open' });
    expect(on.decision).toBe(off.decision);
    expect(on.decision).toBe('flag');
    const insult = on.reasons.find((r) => r.rule === 'insult')!;
    const offInsult = off.reasons.find((r) => r.rule === 'insult')!;
    expect(insult.matches).toEqual(offInsult.spans);
    expect(insult.detail).toBe(offInsult.detail);
    const marked = on.reasons
      .flatMap((r) => r.spans)
      .map((sp) => text.slice(sp.start, sp.end))
      .join(' ');
    expect(marked).toMatch(/idiot/);
    // The same decisions as the rules alone on invented comments of every kind.
    for (const t of [
      'Thanks for the update on the bridge works.',
      'Someone should burn down the councillor house for this.',
      'These Zorbian terrorists should all be deported.',
      'What a load of crap, you moron.',
      'The council meets on Tuesday to discuss the budget.',
    ]) {
      expect(moderateComment({ text: t }, defaultModerationSettings, { articleMode: 'open' }).decision).toBe(
        moderateComment({ text: t }, rulesOnly, { articleMode: 'open' }).decision,
      );
    }
    expect(
      moderateComment({ text: 'Thanks for the update on the bridge works.' }, defaultModerationSettings)
        .reasons,
    ).toEqual([]);
  });
});
