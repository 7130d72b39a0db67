import './isolate-tabs.js';
// The host app configures its @lit/localize first, then loads the widgets (in that order: the
// widgets' modules are imported after this file's own setup has run).
import { host } from './host-localize.js';
import { twoLanguagesOnOnePage } from './two-languages.js';

await host.setLocale('de');
await import('../../src/index.js');

describe('a host app that configured @lit/localize before importing the widgets', () => {
  twoLanguagesOnOnePage();
});
