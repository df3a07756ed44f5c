// Every test starts from a clean page and without the previous test's IPC mock.
import { clearMocks } from '@tauri-apps/api/mocks';
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeAll } from 'vitest';
import { status } from '../lib/state/status.svelte';
import { sync } from '../lib/state/sync.svelte';
import { workspace } from '../lib/state/workspace.svelte';
import { i18n, loadAll } from '../lib/i18n/index.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
  status.reset();
  sync.reset();
  workspace.reset();
  i18n.lang = 'en';
});

// jsdom lays nothing out: every element measures 0 by 0. A virtual list measures its scroll box to know how many rows
// fit (a window of 1000 by 600 here, as the app's is on a laptop screen).
beforeAll(async () => {
  // Every language's words, as the app has them once started.
  await loadAll();
  for (const [name, size] of [['offsetHeight', 600], ['offsetWidth', 1000]] as const) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => size });
  }
});
