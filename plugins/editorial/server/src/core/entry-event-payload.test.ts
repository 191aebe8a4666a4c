import { isEntryEventRead } from './entry-event-payload';

const deep = {
  publication: { select: undefined },
  assignee: { select: undefined },
  quotes: { select: undefined },
  comments: { select: undefined },
};

describe('isEntryEventRead', () => {
  it("recognises the document service's entry-event read: one id, every relation in full", () => {
    expect(isEntryEventRead({ where: { id: 4 }, populate: deep })).toBe(true);
  });

  it('leaves every other read alone', () => {
    expect(isEntryEventRead({ where: { id: 4 } })).toBe(false);
    expect(isEntryEventRead({ where: { documentId: 'x' }, populate: deep })).toBe(false);
    expect(isEntryEventRead({ where: { id: 4, publishedAt: null }, populate: deep })).toBe(false);
    expect(isEntryEventRead({ where: { id: 4 }, populate: { ...deep, quotes: { select: ['id'] } } })).toBe(
      false,
    );
    expect(isEntryEventRead({ where: { id: 4 }, populate: { ...deep, comments: { count: true } } })).toBe(
      false,
    );
    expect(isEntryEventRead({ where: { id: 4 }, populate: { publication: { select: undefined } } })).toBe(
      false,
    );
    expect(isEntryEventRead({ where: { id: 4 }, populate: ['quotes', 'comments'] })).toBe(false);
    expect(isEntryEventRead(undefined)).toBe(false);
  });
});
