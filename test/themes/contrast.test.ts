import { expect } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import { html, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import '../../src/index.js';
import { baseStyles } from '../../src/base/base-styles.js';
import { resetPageState, settled } from '../helpers.js';
import {
  checkBoundaries,
  checkContrast,
  checkFocusRings,
  checkText,
  composite,
  contrastRatio,
  effectiveBackground,
  formatColor,
  formatProblems,
  measured,
  parseColor,
  withFocus,
} from './contrast.js';

const feed = new URL('../fixtures/small-feed.json', import.meta.url).href;
const missing = new URL('../fixtures/does-not-exist.json', import.meta.url).href;
const cityBrand = new URL('../../src/themes/city-brand.css', import.meta.url).href;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

interface Theme {
  name: string;
  /** The widget's `theme` attribute. */
  attr?: string;
  /** Emulated `prefers-color-scheme`. */
  scheme?: 'dark' | 'light';
  /** A page stylesheet to load. */
  stylesheet?: string;
  /** The host page's own colours (default: black on white). */
  page?: string;
}

const themes: Theme[] = [
  { name: 'light (default)' },
  { name: 'light on a page with grey #666 text', page: 'background:#fff;color:#666' },
  { name: 'light on an off-white page with #333 text', page: 'background:#f4f1ea;color:#333' },
  { name: 'dark (theme attribute) on a dark page', attr: 'dark', page: 'background:#121212;color:#eee' },
  { name: 'dark (theme attribute)', attr: 'dark' },
  { name: 'dark (system preference)', scheme: 'dark' },
  { name: 'light pinned while the system is dark', attr: 'light', scheme: 'dark' },
  { name: 'high contrast', attr: 'high-contrast' },
  { name: 'high contrast while the system is dark', attr: 'high-contrast', scheme: 'dark' },
  { name: 'city brand', stylesheet: cityBrand },
  { name: 'city brand, dark (system preference)', stylesheet: cityBrand, scheme: 'dark' },
  { name: 'city brand, dark (theme attribute)', stylesheet: cityBrand, attr: 'dark' },
];

/** Each widget in states that show its most colourful parts: closed marks, errors, active filters. */
const widgets: Array<{ name: string; render: (theme?: string) => TemplateResult }> = [
  { name: 'service finder', render: (t) => html`<civic-service-finder src=${feed} theme=${ifDefined(t)}></civic-service-finder>` },
  {
    name: 'language picker (select)',
    render: (t) => html`<civic-language-picker src=${feed} theme=${ifDefined(t)}></civic-language-picker>`,
  },
  {
    name: 'language picker (list)',
    render: (t) => html`<civic-language-picker variant="list" src=${feed} theme=${ifDefined(t)}></civic-language-picker>`,
  },
  { name: 'event list', render: (t) => html`<civic-event-list src=${feed} theme=${ifDefined(t)}></civic-event-list>` },
  {
    name: 'partner call (closed call)',
    render: (t) => html`<civic-partner-call call-id="c1" src=${feed} theme=${ifDefined(t)}></civic-partner-call>`,
  },
  { name: 'feed error', render: (t) => html`<civic-event-list src=${missing} theme=${ifDefined(t)}></civic-event-list>` },
];

/**
 * Renders `template` into a fresh element on the page. Not open-wc's `fixture()`: for a plain element
 * it waits for an animation frame, which never comes while the test page is a background tab (test
 * files run side by side), so every test would time out.
 */
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as HTMLDivElement;
}

function unmountAll(): void {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
}

async function loadStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** Renders a widget on a page: by default plain white with black text, as most city pages are. */
async function renderWidget(template: TemplateResult, pageStyle = 'background:#fff;color:#000'): Promise<Widget> {
  const page = mount(html`<div style=${pageStyle}>${template}</div>`);
  const el = page.firstElementChild as Widget;
  await settled(el);
  return el;
}

afterEach(unmountAll);

describe('contrast checker', () => {
  it('measures WCAG ratios the way the spec defines them', () => {
    const white = parseColor('rgb(255, 255, 255)');
    const black = parseColor('rgb(0, 0, 0)');
    expect(contrastRatio(black, white)).to.equal(21);
    expect(contrastRatio(parseColor('#767676'), white)).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio(parseColor('rgb(0, 0, 0)'), parseColor('rgb(0, 0, 0)'))).to.equal(1);
  });

  it('resolves transparency and color-mix() by compositing over what is behind', () => {
    const white = parseColor('#ffffff');
    expect(formatColor(composite(parseColor('rgba(0, 0, 0, 0.5)'), white))).to.equal('#808080');
    expect(formatColor(composite(parseColor('color(srgb 0 0 0 / 0.62)'), white))).to.equal('#616161');
    const probe = document.createElement('div');
    probe.style.color = 'color-mix(in srgb, rgb(0, 0, 0) 80%, transparent)';
    document.body.append(probe);
    const resolved = composite(parseColor(getComputedStyle(probe).color), effectiveBackground(probe));
    probe.remove();
    expect(formatColor(resolved)).to.equal('#333333');
  });

  it('composites stacked backgrounds across a shadow boundary', async () => {
    const host = mount(html`<div style="background: rgb(0 0 0 / 0.5)"></div>`);
    const inner = document.createElement('span');
    inner.style.background = 'rgba(255, 255, 255, 0.5)';
    host.attachShadow({ mode: 'open' }).append(inner);
    // 50 % white over (50 % black over the white canvas = 127.5): (255 + 127.5) / 2 = 191.25.
    expect(formatColor(effectiveBackground(inner))).to.equal('#bfbfbf');
  });

  it('fails a deliberately bad theme: pale accent, faint borders, a yellow focus ring', async () => {
    resetPageState('en');
    const page = mount(html`
      <div style="--civic-color-accent:#8ab4f8;--civic-color-on-accent:#ffffff;--civic-color-border:#dddddd;--civic-color-muted:#aaaaaa;--civic-focus-color:#ffeb3b">
        <civic-event-list src=${missing}></civic-event-list>
        <civic-language-picker src=${feed}></civic-language-picker>
      </div>
    `);
    const [errorWidget, picker] = [...page.children] as [Widget, Widget];
    await settled(errorWidget);
    await settled(picker);
    const text = checkText(errorWidget);
    expect(
      text.map((p) => p.what),
      formatProblems(text),
    ).to.include('Try again');
    const boundaries = checkBoundaries(picker);
    expect(boundaries.map((p) => p.where).join(' '), formatProblems(boundaries)).to.contain('select');
    const focus = checkFocusRings(errorWidget);
    expect(
      focus.map((p) => p.what),
      formatProblems(focus),
    ).to.include('Try again');
    expect(checkContrast(errorWidget).length).to.be.greaterThan(1);
  });

  it('fails grey text that is too faint on a dark theme', async () => {
    resetPageState('en');
    const page = mount(
      html`<div style="--civic-color-text:#5f6368"><civic-event-list theme="dark" src=${missing}></civic-event-list></div>`,
    );
    const el = page.firstElementChild as Widget;
    await settled(el);
    const problems = checkText(el);
    expect(problems.length, formatProblems(problems)).to.be.greaterThan(0);
    expect(problems[0]!.ratio).to.be.lessThan(4.5);
  });
});

describe('every theme keeps WCAG AA contrast', () => {
  let clock: sinon.SinonFakeTimers;
  let sheet: HTMLLinkElement | undefined;

  afterEach(async () => {
    clock?.restore();
    sheet?.remove();
    sheet = undefined;
    unmountAll();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of themes) {
    describe(theme.name, () => {
      for (const widget of widgets) {
        it(widget.name, async () => {
          resetPageState('en');
          clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
          if (theme.stylesheet) sheet = await loadStylesheet(theme.stylesheet);
          await emulateMedia({ colorScheme: theme.scheme ?? 'light' });
          const el = await renderWidget(widget.render(theme.attr), theme.page);
          const { texts, controls } = measured(el);
          expect(texts, 'text nodes measured').to.be.greaterThan(0);
          expect(controls, 'controls measured').to.be.greaterThan(0);
          const problems = checkContrast(el);
          expect(problems, `${problems.length} contrast problem(s):\n${formatProblems(problems)}`).to.be.empty;
        });
      }
    });
  }
});

describe('theme modes', () => {
  afterEach(async () => {
    unmountAll();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('inherits the host page font and text colour by default', async () => {
    resetPageState('en');
    const page = mount(
      html`<div style="font-family: Georgia, serif; color: rgb(51, 51, 51)"><civic-event-list src=${missing}></civic-event-list></div>`,
    );
    const el = page.firstElementChild as Widget;
    await settled(el);
    const status = el.shadowRoot!.querySelector('.status')!;
    expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(status).color).to.equal('rgb(51, 51, 51)');
    expect(getComputedStyle(status).fontFamily).to.equal('Georgia, serif');
  });

  it('takes the public custom properties: font, colours, radius, spacing, focus ring', async () => {
    resetPageState('en');
    const page =
      mount(html`<div style="--civic-font: Verdana; --civic-color-accent: rgb(138, 21, 56); --civic-radius: 0px; --civic-space: 2rem; --civic-focus-color: rgb(0, 87, 122); --civic-focus-width: 4px">
      <civic-event-list src=${missing}></civic-event-list>
    </div>`);
    const el = page.firstElementChild as Widget;
    await settled(el);
    const button = el.shadowRoot!.querySelector('button')!;
    const status = el.shadowRoot!.querySelector('.status')!;
    expect(getComputedStyle(el).fontFamily).to.equal('Verdana');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(138, 21, 56)');
    expect(getComputedStyle(button).borderStartStartRadius).to.equal('0px');
    expect(getComputedStyle(status).paddingInlineStart).to.equal('32px');
    const ring = withFocus(button, () => [getComputedStyle(button).outlineColor, getComputedStyle(button).outlineWidth]);
    expect(ring).to.deep.equal(['rgb(0, 87, 122)', '4px']);
  });

  it('turns dark with the system preference, and stays light when pinned', async () => {
    resetPageState('en');
    await emulateMedia({ colorScheme: 'dark' });
    const page = mount(
      html`<div><civic-event-list src=${missing}></civic-event-list><civic-event-list theme="light" src=${missing}></civic-event-list></div>`,
    );
    const [followed, pinned] = [...page.children] as [Widget, Widget];
    await settled(followed);
    await settled(pinned);
    const dark = effectiveBackground(followed.shadowRoot!.querySelector('.status')!);
    const light = effectiveBackground(pinned.shadowRoot!.querySelector('.status')!);
    expect(contrastRatio(dark, parseColor('#000'))).to.be.lessThan(1.5);
    expect(formatColor(light)).to.equal('#ffffff');
    expect(getComputedStyle(followed).colorScheme).to.equal('dark');
  });

  it('draws everything in system colours in forced-colours mode', () => {
    const rules = [...baseStyles.styleSheet!.cssRules];
    const forced = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    expect(forced, 'a @media (forced-colors: active) block').to.exist;
    const host = [...forced!.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host')!;
    const system = /^(Canvas|CanvasText|LinkText|ButtonText|ButtonFace|Highlight|HighlightText|GrayText)$/i;
    for (const name of ['--_text', '--_surface', '--_link', '--_muted', '--_border', '--_danger', '--_success', '--_focus']) {
      expect(host.style.getPropertyValue(name).trim(), name).to.match(system);
      expect(host.style.getPropertyPriority(name), name).to.equal('important');
    }
    // The accent fills buttons: left to the browser, which forces fill and label to matching system colours.
    expect(host.style.getPropertyValue('--_accent')).to.equal('');
    expect(host.style.getPropertyValue('--_accent-text')).to.equal('');
  });

  it('gives the system-preference modes exactly the values of the theme attributes', () => {
    const rules = [...baseStyles.styleSheet!.cssRules];
    const declarations = (rule: CSSStyleRule) =>
      [...rule.style].map((name) => `${name}: ${rule.style.getPropertyValue(name).trim()}`).sort();
    const byMedia = (condition: string) =>
      [
        ...rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes(condition))!.cssRules,
      ][0] as CSSStyleRule;
    const bySelector = (selector: string) =>
      rules.find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === selector)!;
    expect(declarations(byMedia('prefers-color-scheme: dark'))).to.deep.equal(declarations(bySelector(':host([theme="dark"])')));
    expect(declarations(byMedia('prefers-contrast: more'))).to.deep.equal(declarations(bySelector(':host([theme="high-contrast"])')));
  });

  it('stops animations and transitions when the visitor asks for reduced motion', async () => {
    resetPageState('en');
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderWidget(html`<civic-event-list src=${missing}></civic-event-list>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.style.transition = 'background-color 2s';
    expect(parseFloat(getComputedStyle(button).transitionDuration)).to.be.lessThan(0.001);
  });
});
