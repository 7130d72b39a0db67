import './isolate-tabs.js';
// The widgets first, then the host app configures its @lit/localize (it must not throw).
import '../../src/index.js';
import { twoLanguagesOnOnePage } from './two-languages.js';

const { host } = await import('./host-localize.js');
await host.setLocale('de');

describe('a host app that configures @lit/localize after importing the widgets', () => {
  twoLanguagesOnOnePage();
});
