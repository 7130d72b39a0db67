import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { textDirection } from '../i18n/direction.js';
import type { PickedText } from '../i18n/localized-text.js';

/**
 * `<p ${langOf(picked, locale)}>`: a block of feed text carries its own `lang` and `dir` when it
 * is in another language than its widget (`locale`), and neither otherwise. On the block, not on
 * an inline span (CivicElement's `text()` is for inline text): an English paragraph shown as a
 * fallback in an Arabic widget then starts at the left and keeps its full stop at its end, and
 * screen readers read it with an English voice.
 */
class LangOf extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('langOf() belongs on an element');
  }

  render(_picked: PickedText | undefined, _locale: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [picked, locale]: [PickedText | undefined, string]): typeof nothing {
    const lang = picked && picked.lang !== locale ? picked.lang : undefined;
    const el = part.element;
    if (lang) {
      el.setAttribute('lang', lang);
      el.setAttribute('dir', textDirection(lang));
    } else {
      el.removeAttribute('lang');
      el.removeAttribute('dir');
    }
    return nothing;
  }
}

export const langOf = directive(LangOf);
