import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { embedScripts, openEmbedPage, shownText, shownWidget, type EmbedPage } from './embed-page.js';

/**
 * A widget's cold parts in the built embed (src/base/cold-part.ts): code a person needs only after they act
 * is not in what a page downloads until its widgets work, is fetched as they head for the control
 * (focus, here), and works on first use.
 */
/** A feed with one event and one call, a few days ahead of now (whatever today is), as a Blob URL the page can fetch. */
function feedAhead(): string {
  const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const feed = {
    version: 1,
    defaultLocale: 'en',
    locales: ['en'],
    timeZone: 'Europe/Berlin',
    events: [
      { id: 'cafe', title: { en: 'Language café' }, start: inDays(3), end: inDays(3.1) },
      { id: 'choir', title: { en: 'Choir rehearsal' }, start: inDays(4), end: inDays(4.1) },
    ],
    calls: [{ id: 'school', title: { en: 'School partners wanted' }, deadline: inDays(30) }],
  };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/** A feed of 300 services with 1,000-character descriptions (≈ 330 KB: read by the parser in steps), as a Blob URL. */
function feedOfMegabyteKind(): string {
  const services = Array.from({ length: 300 }, (_, i) => ({
    id: `s${i}`,
    name: { en: `Service ${i}` },
    description: { en: `Advice on housing, work and papers for newcomers, number ${i}. `.repeat(16).slice(0, 1000) },
  }));
  const feed = { version: 1, defaultLocale: 'en', locales: ['en'], timeZone: 'Europe/Berlin', services };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

const fetched = (page: EmbedPage, name: string): boolean => embedScripts(page).some((path) => path.includes(`/${name}-`));

/** Catches the page's downloads: the file's name and its text. */
function catchDownloads(page: EmbedPage): { name: string; text: Promise<string> }[] {
  const downloads: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  const win = page.window;
  win.URL.createObjectURL = (blob: Blob | MediaSource) => {
    const href = `blob:test-${blobs.size}`;
    blobs.set(href, blob as Blob);
    return href;
  };
  win.URL.revokeObjectURL = () => undefined;
  win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: blobs.get(this.href)!.text() });
  };
  return downloads;
}

describe('cold parts: loaded on first use (the built embed)', () => {
  let page: EmbedPage | undefined;
  afterEach(() => page?.close());

  it('the event list’s calendar file: not fetched with the list, fetched on focus of "Add to calendar", then downloaded', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    page = await openEmbedPage('<civic-event-list></civic-event-list>', { feed: feedAhead() });
    const el = await shownWidget(page, 'civic-event-list');
    expect(fetched(page, 'event-list')).to.equal(true);
    expect(fetched(page, 'event-calendar'), 'the calendar file’s code, before any use').to.equal(false);
    const downloads = catchDownloads(page);
    const all = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="calendar-all"]')!;
    all.focus();
    await waitUntil(() => fetched(page!, 'event-calendar'), 'fetched as focus reaches the button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => downloads.length === 1, 'downloaded', { timeout: 5000 });
    expect(downloads[0]!.name).to.equal('events.ics');
    expect(await downloads[0]!.text).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/);
    await waitUntil(() => shownText(el).includes('Calendar file downloaded — open it to add'), 'said', { timeout: 5000 });
  });

  it('the partner call’s calendar file: not fetched with the call, then downloaded on the first click', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    page = await openEmbedPage('<civic-partner-call call-id="school"></civic-partner-call>', { feed: feedAhead() });
    const el = await shownWidget(page, 'civic-partner-call');
    expect(fetched(page, 'partner-call')).to.equal(true);
    expect(fetched(page, 'calendar-file'), 'the calendar file’s code, before any use').to.equal(false);
    const downloads = catchDownloads(page);
    // A click with nothing warmed before it (no pointer, no focus): the download waits for the code.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="calendar"]')!.click();
    await waitUntil(() => downloads.length === 1, 'downloaded', { timeout: 5000 });
    expect(fetched(page, 'calendar-file')).to.equal(true);
    expect(downloads[0]!.name).to.equal('school-partners-wanted.ics');
    expect(await downloads[0]!.text).to.contain('BEGIN:VEVENT');
    await waitUntil(() => shownText(el).includes('Calendar file downloaded — open it to add'), 'said', { timeout: 5000 });
  });

  it('the finder’s details: not fetched with the results, fetched on focus of Details, then shown with focus on their heading', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    page = await openEmbedPage('<civic-service-finder></civic-service-finder>');
    const el = await shownWidget(page, 'civic-service-finder');
    expect(fetched(page, 'service-finder')).to.equal(true);
    expect(fetched(page, 'service-details'), 'the details’ code, before any use').to.equal(false);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="open-details"][data-id="s1"]')!;
    button.focus();
    await waitUntil(() => fetched(page!, 'service-details'), 'fetched as focus reaches the button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="details"]'), 'the details shown');
    const heading = el.shadowRoot!.querySelector('#details-heading')!;
    expect(heading.textContent!.trim()).to.equal('Migrant health clinic');
    await waitUntil(() => el.shadowRoot!.activeElement === heading, 'focus on the details’ heading');
  });

  it('the finder opened on a service by its link: its details shown once the widget is (updateComplete waits for their code)', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    page = await openEmbedPage('<civic-service-finder service="s1"></civic-service-finder>');
    const el = await shownWidget(page, 'civic-service-finder');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="details"]'), 'the details shown');
    expect(fetched(page, 'service-details')).to.equal(true);
    expect(el.shadowRoot!.querySelector('#details-heading')!.textContent!.trim()).to.equal('Migrant health clinic');
  });

  it('a feed of hundreds of KB: read by the parser in steps, whose file comes only for such a feed', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    page = await openEmbedPage('<civic-service-finder></civic-service-finder>', { feed: feedOfMegabyteKind() });
    const el = await shownWidget(page, 'civic-service-finder');
    expect(fetched(page, 'json-steps'), 'the parser in steps').to.equal(true);
    expect(shownText(el)).to.contain('of 300');
    page.close();
    page = await openEmbedPage('<civic-service-finder></civic-service-finder>');
    await shownWidget(page, 'civic-service-finder');
    expect(fetched(page, 'json-steps'), 'the parser in steps, for a small feed').to.equal(false);
  });

  it('a feed of hundreds of KB when the parser’s file does not come: read in one go, every service shown', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    await executeServerCommand('fail-requests', { prefix: '/held/dist/chunks/json-steps-' });
    try {
      page = await openEmbedPage('<civic-service-finder></civic-service-finder>', {
        embed: '/held/dist/civic-widgets.js',
        feed: feedOfMegabyteKind(),
      });
      const el = await shownWidget(page, 'civic-service-finder');
      expect(fetched(page, 'json-steps'), 'the parser’s file asked for').to.equal(true);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent?.trim() ?? '', 'an error shown').to.equal('');
      expect(shownText(el)).to.contain('of 300');
      expect(shownText(el)).to.contain('Service 0');
    } finally {
      await executeServerCommand('release-requests');
    }
  });

  it('the finder’s details when their file does not come: the results stay, with a message in words; the next try loads them', async () => {
    localStorage.setItem('civic-widgets.locale', 'en');
    // The embed as /held/…: its chunks are asked for as /held/dist/chunks/…, never from the browser's cache.
    await executeServerCommand('fail-requests', { prefix: '/held/dist/chunks/service-details-' });
    try {
      page = await openEmbedPage('<civic-service-finder></civic-service-finder>', { embed: '/held/dist/civic-widgets.js' });
      const el = await shownWidget(page, 'civic-service-finder');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="open-details"][data-id="s1"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the message');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
        'The information could not be loaded. Check your internet connection and try again.',
      );
      expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="open-details"][data-id="s1"]'), 'the results still there').not.to.equal(null);
      // The network back: the next try loads them (the failed file asked for again under another URL).
      await executeServerCommand('release-requests');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="open-details"][data-id="s1"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="details"]'), 'the details on the second try', { timeout: 3000 });
    } finally {
      await executeServerCommand('release-requests');
    }
  });
});
