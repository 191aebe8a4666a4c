import {
  aliasKeysOf,
  parseAliases,
  isClosedClass,
  isFullNameForm,
  isNamedSourceName,
  keepsAlias,
  sharesNameWord,
  syncSlugAndScope,
} from './names';

describe('closed-class words', () => {
  it.each([
    'he',
    'She',
    'they',
    'Thursday',
    'on Tuesday',
    'March',
    'last week',
    '12 March',
    '3.30pm',
    'Tonight',
    'the weekend',
    '2024',
  ])('counts %j as closed-class: a pronoun, day, month, date or time', (w) => {
    expect(isClosedClass(w)).toBe(true);
  });
  it.each(['Tariq Mahmud', 'Mahmud', 'Theresa May', 'The Harbour Gazette'])(
    'does not count the name %j as closed-class',
    (w) => {
      expect(isClosedClass(w)).toBe(false);
    },
  );
  it('never become alias keys, while the name itself always is one', () => {
    expect(aliasKeysOf(['Odile Brack', 'he', 'Thursday', 'Odile M. Brack'], 'person')).toBe(
      '|odile-brack|odile-m-brack|',
    );
  });
});

describe('full-name forms', () => {
  it('accepts multi-word capitalised names, and nothing for an anonymous source', () => {
    expect(isFullNameForm('Tariq Mahmud', 'person')).toBe(true);
    expect(isFullNameForm('Theresa May', 'person')).toBe(true);
    expect(isFullNameForm('The Harbour Gazette', 'outlet')).toBe(true);
    expect(isFullNameForm('Tariq Mahmud', 'anonymous')).toBe(false);
  });
  it.each([
    'he',
    'Tariq',
    'Mahmud',
    'Mr. Mahmud',
    'Minister Mahmud',
    'the paper',
    'the interior ministry',
    'On Thursday',
    'Last Tuesday',
    'a spokesman',
  ])('refuses %j: a pronoun, bare name, title + surname, date or role noun', (f) => {
    expect(isFullNameForm(f, 'person')).toBe(false);
  });
  it('treats a person alias sharing no name word as somebody else', () => {
    expect(sharesNameWord('Tariq Mahmud', 'George Whitfield', 'person')).toBe(false);
    expect(sharesNameWord('George H. Whitfield', 'George Whitfield', 'person')).toBe(true);
    expect(sharesNameWord('WSJ', 'The Wall Street Journal', 'outlet')).toBe(true);
  });
  it('keeps an editor-confirmed surname but not an unconfirmed one; never a pronoun', () => {
    expect(keepsAlias('Whitfield', 'George Whitfield', 'person', true)).toBe(true);
    expect(keepsAlias('Whitfield', 'George Whitfield', 'person', false)).toBe(false);
    expect(keepsAlias('he', 'George Whitfield', 'person', true)).toBe(false);
    expect(keepsAlias('George H. Whitfield', 'George Whitfield', 'person', false)).toBe(true);
  });
});

describe('named sources', () => {
  it.each([
    'Thursday',
    'he',
    'officials',
    'Officials',
    'a spokesman',
    'The newspaper',
    'a senior Western diplomat',
    'The city\u2019s transport committee',
    'Fishermen',
    'Villagers',
  ])('refuses %j (a day, pronoun or generic noun) as a name', (n) => {
    expect(isNamedSourceName(n)).toBe(false);
  });
  it.each(['Tariq Mahmud', 'Mahmud', 'Carmen', 'The Harbour Gazette', 'WSJ'])('takes %j as a name', (n) => {
    expect(isNamedSourceName(n)).toBe(true);
  });
});

describe('slugs of sources the sync creates', () => {
  it('keeps bare-name people and anonymous sources to their article, full names across the CMS', () => {
    expect(syncSlugAndScope('Halloran', 'person', 'doc1')).toEqual({
      slug: 'person-doc1-halloran',
      scope: 'doc1',
    });
    expect(syncSlugAndScope('Nadia Halloran', 'person', 'doc1')).toEqual({
      slug: 'nadia-halloran',
      scope: null,
    });
    expect(syncSlugAndScope('Reuters', 'outlet', 'doc1')).toEqual({ slug: 'reuters', scope: null });
    expect(syncSlugAndScope('a port official', 'anonymous', 'doc1')).toEqual({
      slug: 'anonymous-doc1-a-port-official',
      scope: 'doc1',
    });
  });
});

describe('stored aliases', () => {
  it('reads JSON text and arrays, keeps strings only, and treats unreadable values as none', () => {
    expect(parseAliases('["Ada Lind","Mayor Ada Lind"]')).toEqual(['Ada Lind', 'Mayor Ada Lind']);
    expect(parseAliases(['Ada Lind', 3, null])).toEqual(['Ada Lind']);
    expect(parseAliases('not json')).toEqual([]);
    expect(parseAliases(null)).toEqual([]);
    expect(parseAliases('{"a":1}')).toEqual([]);
  });
});
