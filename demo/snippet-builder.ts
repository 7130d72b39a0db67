/**
 * The snippet builder (snippet-builder.html): a web team chooses a widget and its options, sees the
 * real widget live (the project's own, as a city page loads them) with the sample feed or their
 * own, and copies the exact embed code. Plain DOM: the form is the page's own HTML; this script
 * only reads it, writes the code (as text, never as markup) and replaces the preview element.
 */

/** Where the code points when the sample feed is chosen: a city replaces it with its own feed. */
export const FEED_PLACEHOLDER = 'https://your-city.example/open-data/civic-feed.json';

/** What the embed code says. */
export interface Snippet {
  tag: string;
  /** Attributes in order; `true` for a boolean attribute. */
  attributes: Array<[name: string, value: string | true]>;
  /** The feed's address as the code gives it. */
  feed: string;
  script: string;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed code: the script, the feed link and the widget, one per line. */
export function embedCode({ tag, attributes, feed, script }: Snippet): string {
  const attrs = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return [
    `<script type="module" src="${escapeAttribute(script)}"></script>`,
    `<link rel="civic-feed" href="${escapeAttribute(feed)}">`,
    `<${tag}${attrs}></${tag}>`,
  ].join('\n');
}

/** The chosen widget's options as attributes: the controls of its fieldset and the shared ones, set ones only. */
export function readOptions(form: HTMLFormElement): { tag: string; attributes: Snippet['attributes']; ownFeed: string; script: string } {
  const tag = (form.elements.namedItem('widget') as RadioNodeList).value;
  const attributes: Snippet['attributes'] = [];
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    'fieldset[data-for] [name], [data-not-for] [name], #lang',
  )) {
    const scope = control.closest<HTMLElement>('[data-for], [data-not-for]');
    if (scope?.dataset.for && scope.dataset.for !== tag) continue;
    if (scope?.dataset.notFor === tag) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) attributes.push([control.name, true]);
    } else if (control.value.trim() && control.validity.valid) attributes.push([control.name, control.value.trim()]);
  }
  const own = (form.elements.namedItem('feed') as RadioNodeList).value === 'own';
  const url = form.elements.namedItem('feed-url') as HTMLInputElement;
  return {
    tag,
    attributes,
    ownFeed: own && url.value.trim() && url.validity.valid ? url.value.trim() : '',
    script: (form.elements.namedItem('script-url') as HTMLInputElement).value.trim(),
  };
}

/** The feed-dependent choices (categories, calls, languages) as a widget read them: its `feed` property. */
interface FeedChoices {
  categories?: Array<{ id: string; name: unknown }>;
  calls?: Array<{ id: string; title: unknown }>;
  locales?: string[];
}

/** A feed text for an option label: English, else the first language there is, else the id. */
function label(text: unknown, id: string): string {
  if (typeof text === 'string') return text;
  const texts = (text ?? {}) as Record<string, string>;
  return texts.en ?? Object.values(texts)[0] ?? id;
}

/** Fills the selects marked `data-options` from the feed, keeping the first ("all") option and a choice still there. */
function fillChoices(form: HTMLFormElement, feed: FeedChoices): void {
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-options]')) {
    const kind = select.dataset.options;
    const options: Array<[string, string]> =
      kind === 'categories'
        ? (feed.categories ?? []).map((c) => [c.id, `${label(c.name, c.id)} (${c.id})`])
        : kind === 'calls'
          ? (feed.calls ?? []).map((c) => [c.id, label(c.title, c.id)])
          : (feed.locales ?? []).map((tag) => [tag, `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag} (${tag})`]);
    const chosen = select.value;
    select.replaceChildren(select.options[0]!, ...options.map(([value, text]) => new Option(text, value, false, value === chosen)));
  }
}

export interface BuilderOptions {
  /** The sample feed the preview reads (the demo's feed.json). */
  sampleFeed?: string;
}

/** Wires the builder in `root` (the page, or a test's copy of it). */
export function startSnippetBuilder(
  root: ParentNode = document,
  { sampleFeed = new URL('feed.json', document.baseURI).href }: BuilderOptions = {},
): void {
  const form = root.querySelector<HTMLFormElement>('#builder-form')!;
  const code = root.querySelector<HTMLTextAreaElement>('#code')!;
  const preview = root.querySelector<HTMLElement>('#preview')!;
  const status = root.querySelector<HTMLElement>('#copy-status')!;
  const sampleHint = root.querySelector<HTMLElement>('#sample-hint')!;
  let shownFeed = '';
  let shownKey = '';

  const update = (): void => {
    const { tag, attributes, ownFeed, script } = readOptions(form);
    for (const set of form.querySelectorAll<HTMLElement>('[data-for]')) set.hidden = set.dataset.for !== tag;
    for (const field of form.querySelectorAll<HTMLElement>('[data-not-for]')) field.hidden = field.dataset.notFor === tag;
    const feed = ownFeed || sampleFeed;
    code.value = embedCode({ tag, attributes, feed: ownFeed || FEED_PLACEHOLDER, script });
    sampleHint.hidden = !!ownFeed;
    status.textContent = '';
    // The preview is the real widget with the same attributes (and its feed as `src`), made anew on a change.
    const key = JSON.stringify([tag, attributes, feed]);
    if (key === shownKey) return;
    shownKey = key;
    const widget = document.createElement(tag);
    for (const [name, value] of attributes) widget.setAttribute(name, value === true ? '' : value);
    widget.setAttribute('src', feed);
    preview.replaceChildren(widget);
    if (feed !== shownFeed) void whenRead(widget, feed);
  };

  /** Once the preview has read a new feed, its categories, calls and languages become choices. */
  const whenRead = async (widget: Element, feed: string): Promise<void> => {
    await customElements.whenDefined(widget.localName);
    for (let wait = 0; wait < 100 && widget.isConnected; wait++) {
      const read = (widget as Element & { feed?: FeedChoices }).feed;
      if (read) {
        shownFeed = feed;
        fillChoices(form, read);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  // Typing a feed address means using it.
  form.addEventListener('input', (e) => {
    if ((e.target as Element).id === 'feed-url') form.querySelector<HTMLInputElement>('input[name="feed"][value="own"]')!.checked = true;
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  const copy = async (): Promise<void> => {
    // Emptied first, so the same words are announced again after a second copy.
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Copied the embed code.';
    } catch {
      code.focus();
      code.select();
      status.textContent = 'Copying is not possible here: the code is selected, copy it with Ctrl+C (⌘C on a Mac).';
    }
  };
  root.querySelector<HTMLButtonElement>('#copy')!.addEventListener('click', () => void copy());
  update();
}

if (document.querySelector('#snippet-builder')) startSnippetBuilder();
