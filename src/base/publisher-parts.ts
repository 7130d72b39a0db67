/**
 * What a network's feed adds to a list (src/feed/publishers.ts says whose each item is): the line
 * that names an item's publisher, and the publisher filter with its counts. Shared by the service
 * finder, the event list and the partner call; both render nothing for a feed with one publisher.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/messages.js';
import { textDirection } from '../i18n/direction.js';
import type { PickedText } from '../i18n/localized-text.js';
import { publisherName, type Publishers } from '../feed/publishers.js';
import type { LocalizedText, Publisher } from '../feed/types.js';

/**
 * "Published by: City of Leipzig" for publisher `k` of the table (an item's `table.of[i]`), in a
 * network's feed; nothing otherwise. `text` is the widget's: a name in another language carries its own `lang`.
 */
export function renderPublisher(
  table: Publishers,
  k: number,
  text: (value: LocalizedText | undefined) => unknown,
): TemplateResult | typeof nothing {
  const publisher = table.network ? table.list[k] : undefined;
  return publisher ? html`<p class="publisher" part="publisher">${msg('Published by:')} ${text(publisherName(publisher))}</p>` : nothing;
}

/** What the publisher filter shows. */
export interface PublisherFilter {
  id: string;
  table: Publishers;
  /** Items each publisher would list (the other filters kept), and all publishers together. */
  counts: ArrayLike<number>;
  all: number;
  /** The chosen publisher's key; '' for all. */
  chosen: string;
  /** A publisher's name, with the language it is in (the option carries it when it is not the widget's). */
  name(publisher: Publisher): PickedText | undefined;
  /** The widget's language. */
  locale: string;
  number(n: number): string;
  /** Without it, the change reaches the widget's form (`name="publisher"`). */
  change?: ((event: Event) => void) | undefined;
}

/** A labelled select of the publishers, each with the number of items it would list. */
export function renderPublisherSelect(f: PublisherFilter): TemplateResult {
  return html`<label for=${f.id}>${msg('Publisher')}</label>
    <select id=${f.id} name="publisher" @change=${f.change}>
      <option value="" .selected=${!f.chosen}>${msg('All publishers')} (${f.number(f.all)})</option>
      ${f.table.list.map((p, k) => {
        const name = f.name(p);
        const lang = name && name.lang.toLowerCase() !== f.locale.toLowerCase() ? name.lang : undefined;
        return html`<option value=${f.table.keys[k]!} lang=${ifDefined(lang)} dir=${ifDefined(lang ? textDirection(lang) : undefined)} .selected=${f.chosen === f.table.keys[k]}>
            ${name?.text ?? f.table.keys[k]} (${f.number(f.counts[k] ?? 0)})
          </option>`;
      })}
    </select>`;
}
