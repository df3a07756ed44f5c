// Only for `vite --mode mock` (see main.ts): answers the app's commands in a plain browser with the demo meeting,
// so that the UI can be looked at without the desktop shell. Never part of a production build.
//
// For screenshots, the address's hash can drive the UI a little: #view=speakers, #zone=Australia/Sydney,
// #click=edit-entry (the first element with that data-testid), several joined with &.
import { mockIPC } from '@tauri-apps/api/mocks';
import { createBackend } from '../test/backend';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function drive(hash: string) {
  const steps = new URLSearchParams(hash.replace(/^#/, ''));
  await wait(300);
  for (const [key, value] of steps) {
    if (key === 'view') document.querySelector<HTMLElement>(`[data-testid="nav-${value}"]`)?.click();
    if (key === 'zone') {
      const picker = document.querySelector<HTMLInputElement>('[data-testid="zone-picker"]');
      if (picker) {
        picker.value = value;
        picker.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    if (key === 'click') document.querySelector<HTMLElement>(`[data-testid="${value}"]`)?.click();
    if (key === 'set') {
      const [name, text] = value.split('=');
      const el = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (el) {
        el.value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    await wait(250);
  }
}

export function installMockIpc() {
  const backend = createBackend();
  mockIPC((cmd, args) => backend.handle(cmd, (args ?? {}) as Record<string, unknown>), { shouldMockEvents: true });
  (window as unknown as { dais: unknown }).dais = backend;
  if (location.hash) drive(location.hash);
}
