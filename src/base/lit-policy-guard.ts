/**
 * Lit asks Trusted Types for a policy named `lit-html` when it loads. Two copies of this library on
 * one page (two plugins that each bundle it) bundle two Lits, and under a Content-Security-Policy
 * with `trusted-types lit-html` but without `'allow-duplicates'` the second request throws, which
 * stopped the whole second copy with an error in the page. Imported before Lit (first in
 * src/index.ts) and ended after it: in between, a refused `lit-html` policy is no policy instead of
 * an error. That copy defines nothing anyway (the first definition of each tag wins); the page
 * still logs the refusal until its policy allows duplicates (README: two copies).
 *
 * @module
 */
type PolicyFactory = { createPolicy(name: string, rules: object): unknown };

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
const ownBefore = factory && Object.getOwnPropertyDescriptor(factory, 'createPolicy');
const create = factory?.createPolicy;

if (factory && create) {
  Object.defineProperty(factory, 'createPolicy', {
    configurable: true,
    writable: true,
    value(this: PolicyFactory, name: string, rules: object): unknown {
      try {
        return create.call(this, name, rules);
      } catch (error) {
        if (name === 'lit-html') return undefined;
        throw error;
      }
    },
  });
}

/** Puts the page's own `createPolicy` back (src/index.ts calls it once Lit has loaded). */
export function endLitPolicyGuard(): void {
  if (!factory || !create) return;
  if (ownBefore) Object.defineProperty(factory, 'createPolicy', ownBefore);
  else delete (factory as Partial<PolicyFactory>).createPolicy;
}
