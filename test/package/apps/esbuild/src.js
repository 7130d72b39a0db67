import { getLocale, setLocale, welcome } from './host-words.js';
// Two widgets by their own entries: only these two are defined.
import 'civic-widgets/service-finder.js';
import 'civic-widgets/language-picker.js';

const show = () => (document.querySelector('#host-words').textContent = welcome());
await setLocale('de');
show();
// For the test: the app's own localization as it stands.
window.hostLocale = () => ({ locale: getLocale(), words: welcome() });
