// custom-elements.json (written by `npm run analyze`, which `npm test` runs first) against the
// widgets themselves: every attribute an element observes or styles by, every CSS custom property
// its styles read, and every CSS part it renders (in list, details, error and open states) is in
// the manifest entry of its tag; each tag is a definition of a module the package ships.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { resetPageState, settled } from '../helpers.js';

interface Named {
  name: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  events?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const tags = ['civic-service-finder', 'civic-language-picker', 'civic-event-list', 'civic-partner-call'] as const;
const networkUrl = new URL('../fixtures/network-feed.json', import.meta.url).href;
const missingUrl = new URL('../fixtures/no-such-feed.json', import.meta.url).href;

let manifest: Manifest;
const declarationOf = (tag: string): Declaration => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
};
const names = (list: Named[] | undefined) => new Set((list ?? []).map((x) => x.name));

/** The part names rendered in `el`'s shadow root now. */
const partsOf = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean));

async function mount(html: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = (await fixture(html)) as HTMLElement & { updateComplete: Promise<boolean> };
  await settled(el);
  return el;
}

/** Every state a test here renders for a tag, with the parts seen in each. */
async function renderedParts(tag: (typeof tags)[number]): Promise<Set<string>> {
  const seen = new Set<string>();
  const collect = async (html: string, then?: (el: HTMLElement & { updateComplete: Promise<boolean> }) => Promise<void>) => {
    resetPageState('en');
    const el = await mount(html);
    partsOf(el).forEach((p) => seen.add(p));
    if (then) {
      await then(el);
      partsOf(el).forEach((p) => seen.add(p));
    }
  };
  await collect(`<${tag} src="${missingUrl}"></${tag}>`);
  switch (tag) {
    case 'civic-service-finder':
      await collect(`<${tag} src="${networkUrl}"></${tag}>`, async (el) => {
        const input = el.shadowRoot!.querySelector('input[type=search]') as HTMLInputElement;
        input.value = 'zzzz nothing matches';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      });
      for (const service of ['migration-advice', 'sprachcafe-ost', 'poznan-migration-advice'])
        await collect(`<${tag} src="${networkUrl}" service="${service}"></${tag}>`);
      break;
    case 'civic-language-picker':
      await collect(`<${tag} src="${networkUrl}"></${tag}>`);
      await collect(`<${tag} src="${networkUrl}" variant="list"></${tag}>`);
      await collect(`<${tag} src="${networkUrl}" variant="compact"></${tag}>`, async (el) => {
        (el.shadowRoot!.querySelector('[part~=toggle]') as HTMLButtonElement).click();
        await el.updateComplete;
      });
      break;
    case 'civic-event-list':
      await collect(`<${tag} src="${networkUrl}" show-past></${tag}>`, async (el) => {
        // Opening a <details> fires its toggle event in a later task.
        const closed = [...el.shadowRoot!.querySelectorAll('details')].filter((details) => !details.open);
        const toggled = Promise.all(closed.map((details) => oneEvent(details, 'toggle')));
        for (const details of closed) details.open = true;
        await toggled;
        await el.updateComplete;
      });
      break;
    case 'civic-partner-call':
      await collect(`<${tag} src="${networkUrl}" show-closed></${tag}>`);
      await collect(`<${tag} src="${networkUrl}" show-closed layout="compact"></${tag}>`);
      break;
  }
  return seen;
}

/** `var(--civic-…)` names and `:host([attr…])` attributes in an element's styles. */
function readStyles(tag: string): { properties: Set<string>; attributes: Set<string> } {
  const styles = (customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles
    .map((s) => s.cssText)
    .join('\n');
  return {
    properties: new Set([...styles.matchAll(/var\((--civic-[\w-]+)/g)].map((m) => m[1]!)),
    attributes: new Set([...styles.matchAll(/:host\(\[([\w-]+)/g)].map((m) => m[1]!)),
  };
}

describe('custom-elements.json', () => {
  let clock: sinon.SinonFakeTimers;
  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2026-12-21T09:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  it('defines all four tags, each in a module the package ships', () => {
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, m.path]),
    );
    for (const tag of tags)
      expect(
        definitions.map(([name]) => name),
        tag,
      ).to.include(tag);
    for (const module of manifest.modules) expect(module.path, 'a shipped file').to.match(/^dist\/modules\/[\w-]+\.js$/);
  });

  for (const tag of tags) {
    it(`${tag}: every attribute it observes or is styled by`, () => {
      const documented = names(declarationOf(tag).attributes);
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      // Global HTML and ARIA attributes (hidden, dir, aria-busy while loading) are the browser's, not the widget's API.
      const own = [...observed, ...readStyles(tag).attributes].filter((a) => !['hidden', 'dir'].includes(a) && !a.startsWith('aria-'));
      for (const attribute of own) expect(documented, `${tag} [${attribute}]`).to.include(attribute);
    });

    it(`${tag}: exactly the custom properties its styles read`, () => {
      expect([...names(declarationOf(tag).cssProperties)].sort()).to.deep.equal([...readStyles(tag).properties].sort());
    });

    it(`${tag}: every CSS part it renders`, async () => {
      const documented = names(declarationOf(tag).cssParts);
      const rendered = await renderedParts(tag);
      expect(rendered.size, 'parts rendered').to.be.greaterThan(3);
      expect(
        [...rendered].filter((p) => !documented.has(p)),
        `${tag}: parts rendered but not in the manifest`,
      ).to.deep.equal([]);
      // No slots today: a <slot> rendered would be public API the manifest does not list.
      const el = await mount(`<${tag} src="${networkUrl}"></${tag}>`);
      const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((s) => s.name || '(default)');
      expect(slots.filter((s) => !names(declarationOf(tag).slots).has(s))).to.deep.equal([]);
    });
  }

  it('lists the events the widgets fire and the ones on document', () => {
    expect([...names(declarationOf('civic-service-finder').events)]).to.include('civic-search');
    expect([...names(declarationOf('civic-event-list').events)]).to.include('civic-event-open');
    expect([...names(declarationOf('civic-partner-call').events)]).to.include('civic-call-interest');
    expect([...names(declarationOf('civic-language-picker').events)]).to.include('civic-locale-change');
    for (const tag of tags) expect([...names(declarationOf(tag).events)], tag).to.include('civic-feed-warning');
  });
});
