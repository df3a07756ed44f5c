// Shared by the tests: the fake backend behind mockIPC, and small DOM helpers.
import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import { createBackend, type Backend } from './backend';

export function mockBackend(): Backend {
  const backend = createBackend();
  mockIPC((cmd, args) => backend.handle(cmd, (args ?? {}) as Record<string, unknown>), { shouldMockEvents: true });
  return backend;
}

/** The app, started on its first view, once the programme is on screen. */
export async function renderApp(backend: Backend = mockBackend()) {
  const result = render(App);
  await screen.findAllByTestId('programme-row');
  return { ...result, backend };
}

/** The new meeting form, from the welcome screen of an empty workspace. */
export async function newMeeting() {
  const backend = mockBackend();
  backend.state.events = [];
  render(App);
  await fireEvent.click(await screen.findByTestId('welcome-create'));
  return { backend, form: await screen.findByTestId('new-meeting-form') };
}

/** The programme row whose title is exactly `title`. */
export function row(title: string): HTMLElement {
  const rows = screen.getAllByTestId('programme-row');
  const found = rows.find((r) => within(r).getByTestId('row-title').textContent === title);
  if (!found) throw new Error(`no programme row titled ${JSON.stringify(title)}`);
  return found;
}

export const text = (el: HTMLElement, testId: string) => within(el).getByTestId(testId).textContent;

export function named<T extends HTMLElement = HTMLInputElement>(form: HTMLElement, name: string): T {
  const el = form.querySelector<T>(`[name="${name}"]`);
  if (!el) throw new Error(`no field named ${name}`);
  return el;
}

/** Types `value` into the field `name` and leaves it, as an organiser does: its input, then its change. */
export async function enter(form: HTMLElement, name: string, value: string) {
  const field = named(form, name);
  await fireEvent.input(field, { target: { value } });
  await fireEvent.change(field);
}

export async function until(check: () => void) {
  await waitFor(check, { timeout: 2000 });
}
