import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mockBackend, renderApp, until } from '../../../test/helpers';

async function openSettings(backend = mockBackend()) {
  await renderApp(backend);
  await fireEvent.click(screen.getByTestId('nav-settings'));
  await screen.findByTestId('settings-view');
  return backend;
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('the settings', () => {
  it('save the name the organiser is known by, and refuse an empty one at its field', async () => {
    const backend = await openSettings();
    expect(input('organiser-name').value).toBe('');
    await fireEvent.input(input('organiser-name'), { target: { value: '  ' } });
    await fireEvent.click(screen.getByTestId('save-organiser'));
    await until(() => expect(input('organiser-name').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('organiser-form').textContent).toContain('a name is required');

    await fireEvent.input(input('organiser-name'), { target: { value: 'Alice Martin, TSB' } });
    await fireEvent.click(screen.getByTestId('save-organiser'));
    await screen.findByTestId('organiser-saved');
    expect(backend.callsOf('save_organiser_name').at(-1)).toEqual({ name: 'Alice Martin, TSB' });
    expect(input('organiser-name').value).toBe('Alice Martin, TSB');
  });

  it('save the site and token, say where the token is kept, then offer to publish', async () => {
    const backend = await openSettings();
    const hint = screen.getByTestId('settings-view').textContent?.replace(/\s+/g, ' ');
    expect(hint).toContain("it is kept in this computer's keychain");
    expect(hint).toContain('Where there is no keychain, it goes to a file beside the workspace');
    expect(input('site-token').type).toBe('password');

    await fireEvent.input(input('site-url'), { target: { value: ' https://events.example.org ' } });
    await fireEvent.input(input('site-token'), { target: { value: 'dais_secret' } });
    await fireEvent.click(screen.getByTestId('save-settings'));

    await until(() =>
      expect(backend.callsOf('save_site_settings')).toEqual([{ url: 'https://events.example.org', token: 'dais_secret' }]),
    );
    const saved = await screen.findByTestId('settings-saved');
    expect(saved.textContent).toContain('kept in the keychain');
    expect(input('site-token').value).toBe('');
    await until(() => expect(screen.getByTestId('current-site').textContent).toBe('https://events.example.org'));
    expect(screen.getByTestId('publish')).toBeTruthy();
    expect(screen.getByTestId('sync-status-text').textContent).toBe('All changes synced');
  });

  it('tell when the token went to the file beside the workspace', async () => {
    const backend = mockBackend();
    backend.override('save_site_settings', () => ({
      site_url: 'http://127.0.0.1:8080',
      token_place: 'file',
      token_file: '/home/ana/workspace.dais.token',
    }));
    await openSettings(backend);
    await fireEvent.input(input('site-url'), { target: { value: 'http://127.0.0.1:8080' } });
    await fireEvent.input(input('site-token'), { target: { value: 'dais_secret' } });
    await fireEvent.click(screen.getByTestId('save-settings'));
    const saved = await screen.findByTestId('settings-saved');
    expect(saved.textContent).toContain('/home/ana/workspace.dais.token');
    expect(saved.textContent).toContain('No keychain');
  });

  it('show an error at its field, and save nothing', async () => {
    const backend = await openSettings();
    await fireEvent.input(input('site-url'), { target: { value: 'events.example.org' } });
    await fireEvent.click(screen.getByTestId('save-settings'));

    const url = await screen.findByTestId('error-url');
    expect(url.textContent).toBe('the site\'s URL "events.example.org" is not a valid http(s) address');
    expect(input('site-url').getAttribute('aria-invalid')).toBe('true');
    expect(input('site-url').getAttribute('aria-describedby')).toContain('settings-error-url');
    expect(screen.getByTestId('error-token').textContent).toContain('token is required');
    expect(backend.state.site.url).toBeNull();
    expect(screen.queryByTestId('settings-saved')).toBeNull();
    expect(screen.getByTestId('status').textContent).toContain('Not saved');
  });

  it('show an error without a field above the form', async () => {
    const backend = mockBackend();
    backend.override('save_site_settings', () => {
      throw { code: 'workspace', message: 'the workspace (memory) cannot be opened: no file', fields: [] };
    });
    await openSettings(backend);
    await fireEvent.input(input('site-url'), { target: { value: 'https://events.example.org' } });
    await fireEvent.input(input('site-token'), { target: { value: 'dais_secret' } });
    await fireEvent.click(screen.getByTestId('save-settings'));
    const error = await screen.findByTestId('form-error');
    expect(error.textContent).toBe('the workspace (memory) cannot be opened: no file');
    expect(error.getAttribute('role')).toBe('alert');
  });
});
