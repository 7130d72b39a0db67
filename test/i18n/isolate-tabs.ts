/**
 * The test runner runs test files side by side in tabs of one origin, so they share localStorage,
 * and a language chosen in one file's tab reaches the others, both as a stored value and as a real
 * `storage` event (the cross-tab sync working as designed). Importing this module gives the tab
 * its own in-memory storage and drops trusted `storage` events from other tabs, so that each test
 * file sees only its own choices. Tests that play another tab dispatch their own (untrusted)
 * StorageEvents, which pass. A "reload" is simulated by resetting the module state and the feed
 * store while keeping this storage, which is what a reload keeps.
 */
const values = new Map<string, string>();
const tabStorage: Storage = {
  get length() {
    return values.size;
  },
  key: (index) => [...values.keys()][index] ?? null,
  getItem: (key) => values.get(key) ?? null,
  setItem: (key, value) => void values.set(key, String(value)),
  removeItem: (key) => void values.delete(key),
  clear: () => values.clear(),
};
Object.defineProperty(window, 'localStorage', { value: tabStorage, configurable: true });

// Capture listeners on the target run before the library's own listener.
window.addEventListener(
  'storage',
  (event) => {
    if (event.isTrusted) event.stopImmediatePropagation();
  },
  true,
);
