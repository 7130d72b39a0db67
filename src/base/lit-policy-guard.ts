/**
 * Lit asks Trusted Types for a policy named `lit-html` when it loads. Two copies of this library on
 * one page (two plugins that each bundle it) bundle two Lits, and under a Content-Security-Policy
 * with `trusted-types lit-html` but without `'allow-duplicates'` the second request throws, which
 * stopped the whole second copy with an error in the page. Imported before Lit (first in
 * src/index.ts and in the embed's entry) and ended after it: in between, a refused `lit-html`
 * policy is no policy instead of an error. That copy defines nothing anyway (the first definition
 * of each tag wins); the page still logs the refusal until its policy allows duplicates (README:
 * two copies).
 *
 * The embed loads Lit later, with the first widget's code, so two copies' guards can overlap: the
 * guard is counted on the page (a registered symbol, shared by every copy), and the page's own
 * `createPolicy` comes back when the last copy ends its guard.
 *
 * @module
 */
type PolicyFactory = { createPolicy(name: string, rules: object): unknown };
interface GuardState {
  /** Copies whose Lit has not loaded yet. */
  count: number;
  /** Puts the page's own `createPolicy` back. */
  restore?: () => void;
}

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
const globals = globalThis as Record<symbol, GuardState | undefined>;
const stateKey = Symbol.for('civic-widgets.lit-policy-guard.v1');
let ended = !factory;

if (factory) {
  const state = (globals[stateKey] ??= { count: 0 });
  if (state.count++ === 0) state.restore = install(factory);
}

function install(target: PolicyFactory): () => void {
  const ownBefore = Object.getOwnPropertyDescriptor(target, 'createPolicy');
  const create = target.createPolicy;
  Object.defineProperty(target, 'createPolicy', {
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
  return () => {
    if (ownBefore) Object.defineProperty(target, 'createPolicy', ownBefore);
    else delete (target as Partial<PolicyFactory>).createPolicy;
  };
}

/** This copy's Lit has loaded (or will not): once every copy has said so, the page's own `createPolicy` is back. Once per copy. */
export function endLitPolicyGuard(): void {
  if (ended) return;
  ended = true;
  const state = globals[stateKey];
  if (state && --state.count === 0) {
    state.restore?.();
    delete state.restore;
  }
}
