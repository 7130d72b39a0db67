import { expect } from '@open-wc/testing';
import { ColdPart } from '../../src/base/cold-part.js';

describe('ColdPart (a part loaded on first use)', () => {
  it('imports once, however often it is asked for, and has the module at hand after', async () => {
    let imports = 0;
    const part = new ColdPart(async () => ({ n: ++imports }));
    expect(part.loaded).to.equal(undefined);
    part.warm();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect([a.n, b.n, imports]).to.deep.equal([1, 1, 1]);
    expect(part.loaded).to.equal(a);
  });

  it('a failed import (the network gone) fails that use only: the next use tries again', async () => {
    let attempts = 0;
    const counted: number[] = [];
    const part = new ColdPart(async (attempt) => {
      counted.push(attempt);
      if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    part.warm(); // fails quietly: nothing thrown into the page
    await part.load().then(
      () => expect.fail('the first import failed'),
      (error: unknown) => expect(error).to.be.instanceOf(TypeError),
    );
    expect(part.loaded).to.equal(undefined);
    expect(await part.load()).to.deep.equal({ ok: true });
    expect(attempts).to.equal(2);
    // The importer hears how many loads failed before: withDeps then asks for the part's file under another URL.
    expect(counted).to.deep.equal([0, 1]);
  });
});
