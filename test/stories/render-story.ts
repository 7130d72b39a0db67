/**
 * Renders a CSF3 story the way Storybook does — args, argTypes, loaders, render (or the component's
 * element with the args as properties), story then meta decorators, then the project's toolbar
 * decorator (.storybook/decorators.ts) — without Storybook's runtime, which web-test-runner cannot load.
 */
import { waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { decorateStory, type StoryGlobals } from '../../.storybook/decorators.js';
import type { StoriesFile } from './index.js';

export type Args = Record<string, unknown>;
type Context = {
  args: Args;
  argTypes: Args;
  globals: StoryGlobals;
  parameters: Args;
  loaded: Args;
  id: string;
  name: string;
  title: string;
  viewMode: 'story';
};
type StoryFn = (args: Args, context: Context) => unknown;
type Decorator = (story: () => unknown, context: Context) => unknown;
type Loader = (context: Context) => unknown;
export interface Annotations {
  args?: Args;
  argTypes?: Args;
  parameters?: Args;
  render?: StoryFn;
  decorators?: Decorator[];
  loaders?: Loader[];
  name?: string;
  tags?: string[];
}
export interface MetaAnnotations extends Annotations {
  title?: string;
  component?: string;
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}

export type LoadedStoriesFile = { file: string; module: Record<string, unknown> } | { file: string; error: unknown };

/** Imports every stories file; a file that fails to import is reported, not thrown. */
export function loadStoriesFiles(files: StoriesFile[]): Promise<LoadedStoriesFile[]> {
  return Promise.all(
    files.map(async ({ file, load }) => {
      try {
        return { file, module: await load() };
      } catch (error) {
        return { file, error };
      }
    }),
  );
}

function matches(name: string, rule: string[] | RegExp | undefined): boolean {
  return Array.isArray(rule) ? rule.includes(name) : rule instanceof RegExp ? rule.test(name) : false;
}

export function storyExports(module: Record<string, unknown>, meta: MetaAnnotations): Array<[string, Annotations | StoryFn]> {
  return Object.entries(module).filter(
    ([name, value]) =>
      name !== 'default' &&
      name !== '__namedExportsOrder' &&
      (typeof value === 'object' || typeof value === 'function') &&
      !matches(name, meta.excludeStories) &&
      (meta.includeStories === undefined || matches(name, meta.includeStories)),
  ) as Array<[string, Annotations | StoryFn]>;
}

/** Storybook's default for a story without `render`: the component's element with the args as properties. */
function defaultRender(component: string | undefined): StoryFn {
  return (args) => {
    if (!component) throw new Error('a story without render needs meta.component');
    return Object.assign(document.createElement(component), args);
  };
}

export async function renderStory(
  meta: MetaAnnotations,
  exported: Annotations | StoryFn,
  name: string,
  globals: StoryGlobals,
  into: HTMLElement,
  cityBrandCss = '',
): Promise<void> {
  const story: Annotations = typeof exported === 'function' ? { render: exported } : exported;
  const context: Context = {
    args: { ...meta.args, ...story.args },
    argTypes: { ...meta.argTypes, ...story.argTypes },
    globals,
    parameters: { ...meta.parameters, ...story.parameters },
    loaded: {},
    id: `${meta.title ?? ''}--${name}`,
    name: story.name ?? name,
    title: meta.title ?? '',
    viewMode: 'story',
  };
  for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) Object.assign(context.loaded, (await loader(context)) ?? {});
  const renderFn = story.render ?? meta.render ?? defaultRender(meta.component);
  // Story decorators wrap closest, then the meta's, then the project's (the toolbar).
  let fn: () => unknown = () => renderFn(context.args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = fn;
    fn = () => decorator(inner, context);
  }
  render(decorateStory(fn, globals, cityBrandCss) as TemplateResult, into);
}

/** Waits until every widget in `root` has rendered and finished loading (a loading story stays busy: that is its state). */
export async function widgetsSettled(root: HTMLElement, timeout = 2500): Promise<Element[]> {
  const widgets = () => [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('civic-'));
  const ready = (el: Element) => !!el.shadowRoot?.childElementCount && el.getAttribute('aria-busy') !== 'true';
  // Still busy after `timeout`: a loading story, which the test then looks at as it is.
  await waitUntil(() => widgets().every(ready), 'widgets settled', { interval: 20, timeout }).catch(() => undefined);
  await Promise.all(widgets().map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  return widgets();
}

/**
 * Keeps the toolbar's language choices inside this test page: `chooseLocale()` saves the choice in
 * localStorage, and other test files running side by side on the same origin would get a `storage`
 * event and switch their widgets' language mid-test. Returns the function that undoes it.
 */
export function keepLocaleChoiceInPage(key: string): () => void {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, name: string, value: string): void {
    if (name !== key) setItem.call(this, name, value);
  };
  return () => {
    Storage.prototype.setItem = setItem;
  };
}
