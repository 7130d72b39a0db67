/**
 * A WCAG contrast checker that looks at what the browser really paints: it walks a widget's shadow
 * DOM, takes each text's computed colour and the effective background behind it (every ancestor's
 * background composited over the page, across shadow boundaries, so `color-mix()` and transparent
 * colours are resolved), and measures the ratio. Controls are measured for their boundary (border
 * or fill against what is around them) and their keyboard focus ring.
 *
 * Thresholds (WCAG 2.1 AA): 4.5:1 for text (3:1 for large text, 1.4.3), 3:1 for the boundary and
 * focus indicator of a control (1.4.11).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

export interface ContrastProblem {
  kind: 'text' | 'boundary' | 'focus';
  /** A readable path to the element, e.g. `civic-event-list > li.event > button.secondary`. */
  where: string;
  /** What was measured: the text, or the control's name. */
  what: string;
  ratio: number;
  required: number;
  foreground: string;
  background: string;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

let scratch: CanvasRenderingContext2D | undefined;

/** Reads any CSS colour the browser understands, through a 1×1 canvas when it is not rgb()/color(srgb). */
export function parseColor(value: string): Rgba {
  const v = value.trim();
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/.exec(v);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha(rgb[4], rgb[5]) };
  const srgb = /^color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/.exec(v);
  if (srgb)
    return {
      r: clamp255(Number(srgb[1]) * 255),
      g: clamp255(Number(srgb[2]) * 255),
      b: clamp255(Number(srgb[3]) * 255),
      a: alpha(srgb[4], srgb[5]),
    };
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  return viaCanvas(v);
}

function alpha(value: string | undefined, percent: string | undefined): number {
  if (value === undefined) return 1;
  return percent ? +value / 100 : +value;
}

function clamp255(x: number): number {
  return Math.min(255, Math.max(0, x));
}

function viaCanvas(value: string): Rgba {
  scratch ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = value;
  scratch.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = scratch.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

/** `top` painted over `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio, 1–21. Both colours must be opaque (composite them first). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  const [hi, lo] = la >= lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

export function formatColor(c: Rgba): string {
  const hex = (x: number) => Math.round(x).toString(16).padStart(2, '0');
  return `#${hex(c.r)}${hex(c.g)}${hex(c.b)}`;
}

/** The next element up in the flat tree: the slot a node is shown in, its parent, or its shadow host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What is painted behind `el`'s content: every ancestor's background composited over the page's canvas (white). */
export function effectiveBackground(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg.a > 0) layers.push(bg);
    if (bg.a >= 1) break;
  }
  return layers.reduceRight((under, layer) => composite(layer, under), WHITE);
}

/** What is painted around `el` (its parent's background): what a border or focus ring must stand out from. */
function outsideBackground(el: Element): Rgba {
  const parent = flatParent(el);
  return parent ? effectiveBackground(parent) : WHITE;
}

function isLargeText(style: CSSStyleDeclaration): boolean {
  const px = parseFloat(style.fontSize);
  const bold = parseInt(style.fontWeight, 10) >= 700;
  return px >= 24 || (bold && px >= 18.66);
}

/**
 * Shown to a sighted person: rendered, not visually hidden (a 1px clipped box), not fully transparent.
 * Content skipped by `content-visibility: auto` (off screen for now) counts as shown: it is, once scrolled to.
 */
function isSeen(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const box = el.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

function describe(el: Element): string {
  const path: string[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const classes = [...node.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    path.unshift(`${node.localName}${classes}`);
    if (node.localName.startsWith('civic-')) break;
  }
  return path.join(' > ');
}

/** Every element inside `root`'s shadow tree, nested shadow roots included. */
export function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** Text contrast: every visible text node against what is painted behind it. */
export function checkText(host: Element): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const el of shadowElements(host)) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim());
    if (!own.length || !isSeen(el)) continue;
    const style = getComputedStyle(el);
    const background = effectiveBackground(el);
    const color = composite(parseColor(style.color), background);
    const required = isLargeText(style) ? 3 : 4.5;
    const ratio = contrastRatio(color, background);
    if (ratio < required) {
      problems.push({
        kind: 'text',
        where: describe(el),
        what: own.join(' ').slice(0, 60),
        ratio,
        required,
        foreground: formatColor(color),
        background: formatColor(background),
      });
    }
  }
  for (const input of shadowElements(host).filter(
    (el): el is HTMLInputElement => el instanceof HTMLInputElement && !!el.placeholder && !el.value,
  )) {
    if (!isSeen(input)) continue;
    const background = effectiveBackground(input);
    const color = composite(parseColor(getComputedStyle(input, '::placeholder').color), background);
    const ratio = contrastRatio(color, background);
    if (ratio < 4.5)
      problems.push({
        kind: 'text',
        where: `${describe(input)}::placeholder`,
        what: input.placeholder,
        ratio,
        required: 4.5,
        foreground: formatColor(color),
        background: formatColor(background),
      });
  }
  return problems;
}

const CONTROLS =
  'button, input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=switch], [tabindex]:not([tabindex="-1"])';

function controls(host: Element): HTMLElement[] {
  return shadowElements(host).filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el.matches(CONTROLS) && !el.matches(':disabled') && isSeen(el),
  );
}

function nameOf(el: HTMLElement): string {
  return (
    (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? el.localName).replace(/\s+/g, ' ').trim().slice(0, 40) ||
    el.localName
  );
}

/** The strongest border side of `el` as drawn, or undefined when no border is drawn. */
function drawnBorder(style: CSSStyleDeclaration): Rgba | undefined {
  let best: Rgba | undefined;
  for (const side of ['top', 'right', 'bottom', 'left']) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
    const kind = style.getPropertyValue(`border-${side}-style`);
    const color = parseColor(style.getPropertyValue(`border-${side}-color`));
    if (width >= 1 && kind !== 'none' && kind !== 'hidden' && color.a > 0 && (!best || color.a > best.a)) best = color;
  }
  return best;
}

/**
 * A control's boundary (1.4.11): where it draws a border or a fill of its own, the stronger of the
 * two must reach 3:1 against what is around it. A text field or select must draw one. Checkboxes and
 * radios are drawn by the browser and skipped; a button drawn as plain text (no border, no fill) is
 * measured as text.
 */
export function checkBoundaries(host: Element): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const el of controls(host)) {
    if (el instanceof HTMLInputElement && ['checkbox', 'radio', 'range', 'color', 'file'].includes(el.type)) continue;
    const style = getComputedStyle(el);
    const outside = outsideBackground(el);
    const border = drawnBorder(style);
    const fill = composite(parseColor(style.backgroundColor), outside);
    const fillRatio = contrastRatio(fill, outside);
    const hasFill = fillRatio > 1.05;
    const isField = el.matches('input, select, textarea');
    if (!border && !hasFill && !isField) continue;
    const borderColor = border ? composite(border, outside) : outside;
    const borderRatio = border ? contrastRatio(borderColor, outside) : 1;
    const ratio = Math.max(borderRatio, fillRatio);
    if (ratio < 3) {
      problems.push({
        kind: 'boundary',
        where: describe(el),
        what: nameOf(el),
        ratio,
        required: 3,
        foreground: formatColor(borderRatio >= fillRatio ? borderColor : fill),
        background: formatColor(outside),
      });
    }
  }
  return problems;
}

/**
 * The page cannot take keyboard focus while it is a background tab (test files run side by side), and
 * then no `:focus-visible` rule applies. The same rules are then copied with the focus pseudo-classes
 * turned into an attribute of equal specificity, and that attribute is put on the control: the
 * browser computes the same outline, variables and media queries included.
 */
const FOCUS_ATTRIBUTE = 'data-contrast-focus';

function focusRulesAsAttribute(root: ShadowRoot): CSSStyleSheet {
  const text = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .map((rule) => rule.cssText)
    .filter((css) => /:focus(?!-within)/.test(css))
    .map((css) => css.replace(/:focus-visible|:focus(?!-within)/g, `[${FOCUS_ATTRIBUTE}]`))
    .join('\n');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

/** `el` as it looks with keyboard focus: really focused when the page can take focus, else emulated. */
export function withFocus<T>(el: HTMLElement, measure: () => T): T {
  el.focus({ preventScroll: true });
  if (el.matches(':focus-visible')) {
    try {
      return measure();
    } finally {
      el.blur();
    }
  }
  el.blur();
  const root = el.getRootNode();
  if (!(root instanceof ShadowRoot)) return measure();
  const emulated = focusRulesAsAttribute(root);
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, emulated];
  el.setAttribute(FOCUS_ATTRIBUTE, '');
  try {
    return measure();
  } finally {
    el.removeAttribute(FOCUS_ATTRIBUTE);
    root.adoptedStyleSheets = before;
  }
}

/**
 * Keyboard focus (1.4.11, 2.4.7): each control, focused, draws an outline at least 2px wide that
 * reaches 3:1 against what is around it (against its own fill when the outline is drawn inside it).
 */
export function checkFocusRings(host: Element): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const el of controls(host)) {
    const problem = withFocus(el, (): ContrastProblem | undefined => {
      const style = getComputedStyle(el);
      const width = parseFloat(style.outlineWidth);
      const drawn = style.outlineStyle !== 'none' && width >= 2;
      const inside = parseFloat(style.outlineOffset) < -width / 2;
      const behind = inside ? effectiveBackground(el) : outsideBackground(el);
      const ring = composite(parseColor(style.outlineColor), behind);
      const ratio = drawn ? contrastRatio(ring, behind) : 1;
      if (ratio >= 3) return undefined;
      return {
        kind: 'focus',
        where: describe(el),
        what: nameOf(el),
        ratio,
        required: 3,
        foreground: drawn ? formatColor(ring) : `no outline (${style.outlineStyle} ${style.outlineWidth})`,
        background: formatColor(behind),
      };
    });
    if (problem) problems.push(problem);
  }
  return problems;
}

/** How much the checks look at in `host`: visible text-bearing elements and controls (to catch a check that sees nothing). */
export function measured(host: Element): { texts: number; controls: number } {
  const texts = shadowElements(host).filter(
    (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && isSeen(el),
  ).length;
  return { texts, controls: controls(host).length };
}

/** All three checks on one rendered widget. */
export function checkContrast(host: Element): ContrastProblem[] {
  return [...checkText(host), ...checkBoundaries(host), ...checkFocusRings(host)];
}

export function formatProblems(problems: ContrastProblem[]): string {
  return problems
    .map((p) => `${p.kind} ${p.ratio.toFixed(2)}:1 < ${p.required}:1  ${p.foreground} on ${p.background}  ${p.where}  "${p.what}"`)
    .join('\n');
}
