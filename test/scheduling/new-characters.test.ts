import { expect } from '@open-wc/testing';
import { NEW_CHARACTERS_PER_FRAME as PER_FRAME, fitNewCharacters, newCharactersAllowed } from '../../src/scheduling/new-characters.js';

/** `n` characters that no other test of this file uses (CJK ideographs, one block in turn; the page counts each once). */
let nextCodePoint = 0x4e00;
const unseen = (n: number): string => String.fromCodePoint(...Array.from({ length: n }, () => nextCodePoint++));

const fit = (items: unknown[], from = 0, atLeastOne = false): number => fitNewCharacters((i) => items[i], from, items.length, atLeastOne);

describe('fitNewCharacters (how much new text one frame lays out)', () => {
  // Each test starts with the frame's allowance whole.
  beforeEach(() => newCharactersAllowed());

  it('takes items while their new characters fit the frame, and the rest after the next frame', async () => {
    const third = Math.floor(PER_FRAME / 3);
    const items = Array.from({ length: 6 }, () => ({ title: unseen(third) }));
    expect(fit(items)).to.equal(3);
    expect(fit(items, 3), 'the frame is spent').to.equal(0);
    await newCharactersAllowed();
    expect(fit(items, 3)).to.equal(3);
  });

  it('counts a character once: text the page has shown is free, and ASCII is never counted', () => {
    const text = unseen(PER_FRAME);
    expect(fit([{ title: text }])).to.equal(1);
    const ascii = 'Advice for newcomers, Mondays 9:00-12:00. '.repeat(50);
    expect(fit(Array.from({ length: 20 }, () => ({ title: text, summary: ascii })))).to.equal(20);
  });

  it('counts every string of an item: nested fields, every language, lists', () => {
    const item = {
      title: { en: 'Welcome café', ar: unseen(5), uk: unseen(5) }, // é: one more
      locations: [{ address: { city: unseen(5) } }, { name: unseen(5) }],
      topics: [unseen(5), unseen(PER_FRAME - 27)],
    };
    expect(fit([item]), 'an item that fits').to.equal(1);
    // One character is left: a next item with two new ones waits, one with one does not.
    expect(fit([{ title: unseen(2) }])).to.equal(0);
    expect(fit([{ title: unseen(1) }])).to.equal(1);
  });

  it('looks a few levels deep only (feed items are shallow; a hostile one may nest thousands of levels)', () => {
    let deep: unknown = unseen(PER_FRAME);
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(fit([{ id: 'x', extra: deep }, { title: unseen(PER_FRAME) }])).to.equal(2);
  });

  it('an item with more new characters than any frame allows goes alone, in a frame of its own', async () => {
    const items = [{ title: unseen(PER_FRAME * 4) }, { title: unseen(1) }];
    expect(fit(items)).to.equal(1);
    expect(fit(items, 1)).to.equal(0);
    await newCharactersAllowed();
    expect(fit(items, 1)).to.equal(1);
  });

  it('a list’s first stage shows one item even when the frame is spent', () => {
    expect(fit([{ title: unseen(PER_FRAME) }])).to.equal(1);
    const items = [{ title: unseen(3) }, { title: unseen(3) }];
    expect(fit(items)).to.equal(0);
    expect(fit(items, 0, true)).to.equal(1);
  });

  it('the allowance comes back after a frame is drawn, not in the frame’s own callbacks', async () => {
    expect(fit([{ title: unseen(PER_FRAME) }])).to.equal(1);
    const inFrame = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(fit([{ title: unseen(1) }]))));
    expect(inFrame, 'taken in a frame callback, before that frame’s layout').to.equal(0);
    await newCharactersAllowed();
    expect(fit([{ title: unseen(1) }])).to.equal(1);
  });

  it('comes back on a page that draws no frames (a hidden tab)', async () => {
    const realFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      expect(fit([{ title: unseen(PER_FRAME) }])).to.equal(1);
      expect(fit([{ title: unseen(1) }])).to.equal(0);
      await newCharactersAllowed();
      expect(fit([{ title: unseen(1) }])).to.equal(1);
    } finally {
      window.requestAnimationFrame = realFrame;
    }
  });
});
