import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { textDirection } from '../i18n/direction.js';
import type { PickedText } from '../i18n/localized-text.js';
import { otherLanguageNote } from './feed-text.js';

/**
 * `<p ${langOf(picked, locale)}>`: a block of feed text carries its own `lang` and `dir` when it
 * is in another language than its widget (`locale`), and neither otherwise. On the block, not on
 * an inline span (CivicListElement's `text()` is for inline text): an English paragraph shown as a
 * fallback in an Arabic widget then starts at the left and keeps its full stop at its end, and
 * screen readers read it with an English voice. A sighted reader is told too: "(in English)" after the block
 * (`otherLanguageNote`; `note` false where the block before it said so: the next item of a list in the same language).
 */
class LangOf extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('langOf() belongs on an element');
  }

  render(_picked: PickedText | undefined, _locale: string, _note?: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [picked, locale, note = true]: [PickedText | undefined, string, boolean?]): typeof nothing {
    const lang = picked && picked.lang !== locale ? picked.lang : undefined;
    const el = part.element;
    const words = lang && note ? otherLanguageNote(lang, locale) : '';
    if (lang) {
      el.setAttribute('lang', lang);
      el.setAttribute('dir', textDirection(lang));
    } else {
      el.removeAttribute('lang');
      el.removeAttribute('dir');
    }
    if (words) el.setAttribute('data-note', words);
    else el.removeAttribute('data-note');
    return nothing;
  }
}

export const langOf = directive(LangOf);
