import { fireEvent, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { updates } from '../../state/updates.svelte';
import { mockBackend, renderApp, until } from '../../../test/helpers';

const OFFER = { version: '0.2.0', notes: 'The programme prints in six languages.', date: '2026-12-08T09:00:00Z' };

describe('Dais updating itself', () => {
  // What the window knows of updates lives as long as the window: each test is a new start.
  beforeEach(() => {
    updates.offer = null;
    updates.later = false;
    updates.error = null;
  });

  it('offers a newer version in the sidebar with what is new, and puts it off until the next start', async () => {
    const backend = mockBackend();
    backend.state.update.offer = OFFER;
    await renderApp(backend);

    const notice = await screen.findByTestId('update-notice');
    expect(notice.querySelector('h2')?.textContent).toBe('Dais 0.2.0 is available');
    expect(screen.getByTestId('update-notes').textContent).toBe(OFFER.notes);
    await fireEvent.click(screen.getByTestId('update-later'));
    expect(screen.queryByTestId('update-notice')).toBeNull();
    expect(backend.callsOf('install_update')).toEqual([]);
  });

  it('says why an update was refused, installs nothing, and offers it no more', async () => {
    const backend = mockBackend();
    backend.state.update.offer = OFFER;
    backend.state.update.installFails = {
      code: 'update_refused',
      message: 'the update to Dais 0.2.0 was refused: signature verification failed. Nothing was installed; Dais stays as it is.',
      fields: [],
    };
    await renderApp(backend);

    await fireEvent.click(await screen.findByTestId('install-update'));
    const error = await screen.findByTestId('update-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Nothing was installed');
    expect(screen.queryByTestId('install-update')).toBeNull();
  });

  it('is checked for as the organiser chooses in Settings, unless the computer’s policy turned it off', async () => {
    const backend = mockBackend();
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-settings'));
    expect((await screen.findByTestId('app-version')).textContent).toBe('This is Dais 0.1.0.');
    const checks = screen.getByTestId<HTMLInputElement>('update-checks');
    expect(checks.checked).toBe(true);

    await fireEvent.click(screen.getByTestId('check-update'));
    await until(() => expect(screen.getByTestId('update-check-result').textContent).toBe('Dais 0.1.0 is the latest version.'));

    await fireEvent.click(checks);
    await until(() => expect(backend.callsOf('choose_update_checks')).toEqual([{ checking: false }]));
    expect(checks.checked).toBe(false);
    expect(screen.getByTestId<HTMLButtonElement>('check-update').disabled).toBe(true);
  });

  it('cannot be turned on where the computer’s policy turned it off, and says who did', async () => {
    const backend = mockBackend();
    backend.state.update.policy = true;
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-settings'));
    const checks = await screen.findByTestId<HTMLInputElement>('update-checks');
    await until(() => expect(checks.disabled).toBe(true));
    expect(checks.checked).toBe(false);
    expect(screen.getByTestId('updates-hint').textContent).toContain('Your organisation has turned update checks off');
  });
});
