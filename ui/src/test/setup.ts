// Every test starts from a clean page and without the previous test's IPC mock.
import { clearMocks } from '@tauri-apps/api/mocks';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';
import { status } from '../lib/status.svelte';
import { sync } from '../lib/sync.svelte';
import { workspace } from '../lib/workspace.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
  status.reset();
  sync.reset();
  workspace.reset();
});
