import './csp-trusted-types.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicServiceFinder } from '../../src/index.js';
import { fixtureFeedUrl, resetPageState, settled, visibleText } from '../helpers.js';

/**
 * The page's policy is `trusted-types lit-html` (csp-trusted-types.ts, before Lit loaded). A second
 * copy of the library bundles its own Lit, which asks for that policy again: the browser refuses.
 * Played here as a copy's bundle runs: its guard, its Lit (another module instance), the guard's end.
 */
const url = (path: string) => `${new URL(path, import.meta.url).href}?second-copy`;
const litUrl = (copy: string) => `${new URL('../../node_modules/lit-html/development/lit-html.js', import.meta.url).href}?${copy}`;

describe('a second copy of the library under a Trusted Types policy for lit-html', () => {
  before(function () {
    // An engine without Trusted Types has no policy to refuse.
    if (!('trustedTypes' in window)) this.skip();
  });

  it('loads without throwing, and the first copy’s widgets keep working', async () => {
    const guard = (await import(
      /* @vite-ignore */ url('../../src/base/lit-policy-guard.ts')
    )) as typeof import('../../src/base/lit-policy-guard.js');
    const secondLit = await import(/* @vite-ignore */ litUrl('second-copy'));
    guard.endLitPolicyGuard();
    expect(secondLit.html).to.be.a('function');

    resetPageState('en');
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>`);
    await settled(el);
    expect(visibleText(el)).to.contain('Find a service');
    await expect(el).to.be.accessible();
  });

  it('leaves the page’s createPolicy as it was: without the guard, a copy’s Lit throws as the policy says', async () => {
    expect(Object.hasOwn((window as unknown as { trustedTypes: object }).trustedTypes, 'createPolicy')).to.equal(false);
    let error: unknown;
    try {
      await import(/* @vite-ignore */ litUrl('third-copy'));
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/lit-html/);
  });
});
