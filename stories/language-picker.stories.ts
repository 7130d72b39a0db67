import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/language-picker/language-picker.js';
import '../src/components/service-finder/service-finder.js';

type Args = { variant?: 'select' | 'list' | 'compact'; locales?: string; src?: string; lang?: string };

/**
 * The feed's languages by their own names. Choosing one switches every widget on the page (try the
 * last story) and is remembered. The toolbar's language is the page's shared language; a picker
 * follows it like any widget. `sync-document` (not shown: it would change this page's `<html>`)
 * also sets `<html lang dir>`.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Language picker',
  component: 'civic-language-picker',
  argTypes: {
    variant: { control: 'inline-radio', options: ['select', 'list', 'compact'] },
    locales: { control: 'text', description: 'Languages to offer without a feed' },
    src: { control: 'text' },
    lang: { control: 'text', description: 'Pins the language the picker names languages in' },
  },
  args: { src: 'fixtures/small-feed.json' },
  render: ({ variant, locales, src, lang }) =>
    html`<civic-language-picker variant=${ifDefined(variant)} locales=${ifDefined(locales)} src=${ifDefined(locales ? undefined : src)} lang=${ifDefined(lang)}></civic-language-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A native select with a visible label: the most robust choice on cheap phones and with screen readers. */
export const Select: Story = { args: { variant: 'select' } };

/** Every language visible as a button; the chosen one is pressed (and ticked, not only coloured). */
export const List: Story = { args: { variant: 'list' } };

/** A small globe button with the current language's code, opening the same list. */
export const Compact: Story = { args: { variant: 'compact' } };

/** No feed needed: `locales="de en ar uk tr fa"`. No loading state, no "no information source" error. */
export const WithoutFeed: Story = { args: { variant: 'list', locales: 'de en ar uk tr fa' } };

/** Every language the widgets' own words are translated into. */
export const AllUiLanguages: Story = { args: { variant: 'list', locales: 'en de fr it es nl pl el sv nb tr ar fa uk ru' } };

/** Pinned to Persian: right to left, languages named in Persian as secondary text. */
export const RightToLeft: Story = { args: { variant: 'list', locales: 'fa ar de en uk', lang: 'fa' } };

/** The compact button in Arabic. */
export const CompactRightToLeft: Story = { args: { variant: 'compact', locales: 'ar fa de en', lang: 'ar' } };

/** Opens the compact list once the picker is there (Storybook runs this; the stories test renders the story closed). */
const openCompact: Story['play'] = async ({ canvasElement }) => {
  const picker = canvasElement.querySelector('civic-language-picker')!;
  for (let i = 0; i < 100 && !picker.shadowRoot?.querySelector('.toggle'); i++) await new Promise((r) => setTimeout(r, 50));
  picker.shadowRoot?.querySelector<HTMLElement>('.toggle')?.click();
};

/** In a page's coloured header: the compact list opens over the page (a popover), painting its own surface; the header keeps its height. */
export const CompactOpenInHeader: Story = {
  args: { variant: 'compact', locales: 'de en ar uk tr fa' },
  render: ({
    locales,
    lang,
  }) => html`<header style="display: flex; justify-content: space-between; align-items: center; padding: 0.75rem 1rem; background: #a3122a; color: #fff; overflow: hidden">
      <strong>City of Leipzig</strong>
      <civic-language-picker variant="compact" locales=${ifDefined(locales)} lang=${ifDefined(lang)} style="--civic-color-surface: #a3122a; --civic-color-text: #fff; --civic-color-muted: #fff; --civic-color-accent: #fff; --civic-color-on-accent: #a3122a; --civic-focus-color: #fff; padding: 0"></civic-language-picker>
    </header>
    <p>The page's text goes on under the header; the open list covers it, nothing moves.</p>`,
  play: openCompact,
};

/** The same, right to left: the list's edge at the button's left. */
export const CompactOpenInHeaderRightToLeft: Story = {
  ...CompactOpenInHeader,
  args: { variant: 'compact', locales: 'ar fa de en', lang: 'ar' },
};

/** Choosing a language switches the service finder below at once. */
export const SwitchesOtherWidgets: Story = {
  args: { variant: 'list' },
  render: ({ variant, src }) => html`
    <civic-language-picker variant=${ifDefined(variant)} src=${ifDefined(src)}></civic-language-picker>
    <civic-service-finder src=${ifDefined(src)}></civic-service-finder>
  `,
};
