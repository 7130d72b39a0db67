import { expect } from '@open-wc/testing';
import { bodyText, textBlob } from '../../src/feed/body-text.js';

const PIECE = 512 * 1024;

/** A response whose body comes in the given chunks (as a network delivers it). */
function chunked(chunks: Uint8Array[]): Response {
  return new Response(
    new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
  );
}

describe('bodyText and textBlob: a feed text to and from bytes in pieces', () => {
  // Characters of one, two, three and four bytes (a surrogate pair) at every offset around the pieces' borders.
  const mixed = 'aé€😀ع'.repeat(Math.ceil((2.5 * PIECE) / 6));

  it('decodes as response.text() does: a byte order mark dropped, bad bytes as U+FFFD, characters split across chunks', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(mixed), 0xff, 0xc3]);
    const expected = await new Response(bytes).text();
    expect(await bodyText(new Response(bytes))).to.equal(expected);
    for (const at of [4, 5, 6, 7, 8, PIECE - 1, PIECE, PIECE + 1, PIECE + 2]) {
      expect(await bodyText(chunked([bytes.subarray(0, at), bytes.subarray(at)])), `chunks split at byte ${at}`).to.equal(expected);
    }
    expect(await bodyText(new Response(''))).to.equal('');
  });

  it('encodes to the same bytes as TextEncoder, whatever falls on a piece border', async () => {
    for (const shift of [0, 1, 2, 3]) {
      const text = 'x'.repeat(shift) + mixed;
      const blob = await textBlob(text);
      expect(blob.size).to.equal(new TextEncoder().encode(text).length);
      expect(await bodyText(new Response(blob))).to.equal(text);
    }
    expect(await bodyText(new Response(await textBlob('\uD800 lone'))), 'a lone surrogate as TextEncoder writes it').to.equal(
      '\uFFFD lone',
    );
  });
});
