import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { language } from '../../state/language.svelte';
import { mockBackend, renderApp, row, until } from '../../../test/helpers';

describe('the language shown', () => {
  it('is the app’s: the sidebar, the programme and its dates in French', async () => {
    const backend = mockBackend();
    backend.state.language = 'fr';
    await language.start();
    await renderApp(backend);

    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByTestId('nav-programme').textContent).toBe('Programme');
    expect(screen.getByTestId('nav-speakers').textContent).toBe('Intervenants');
    expect(screen.getByTestId('nav-settings').textContent).toBe('Paramètres');
    expect(screen.getByTestId('add-entry').textContent).toBe('Ajouter un point');
    expect(screen.getByRole('heading', { name: 'vendredi 31 octobre 2025' })).toBeTruthy();
    expect(screen.getByTestId('zone-label').closest('th')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Heure (CET)');
    expect(screen.getByTestId('status').textContent).toContain('Chaque modification est enregistrée sur cet ordinateur');
    // The organiser's words stay as they typed them.
    expect(row('Opening and welcome')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('layout-timetable'));
    const timetable = await screen.findByTestId('timetable');
    expect(within(timetable).getAllByText('Points').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Cliquez sur une heure libre/)).toBeTruthy();
  });

  it('is chosen in Settings among the six by their own names, and Arabic is shown right to left at once', async () => {
    const backend = mockBackend();
    await language.start();
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-settings'));
    const picker = await screen.findByTestId<HTMLSelectElement>('language');
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'العربية',
      '中文',
      'English',
      'Français',
      'Русский',
      'Español',
    ]);
    expect(picker.value).toBe('en');

    await fireEvent.change(picker, { target: { value: 'ar' } });
    await until(() => expect(backend.callsOf('choose_language')).toEqual([{ lang: 'ar' }]));
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('nav-settings').textContent).toBe('الإعدادات');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('الإعدادات');

    await fireEvent.click(screen.getByTestId('nav-programme'));
    await screen.findAllByTestId('programme-row');
    expect(screen.getByTestId('add-entry').textContent).toBe('إضافة بند');
    // Times stay as a reader of either direction reads them; a title keeps its own direction.
    const opening = row('Opening and welcome');
    expect(opening.querySelector('td.time')?.getAttribute('dir')).toBe('ltr');
    expect(within(opening).getByTestId('row-title').getAttribute('dir')).toBe('auto');
  });
});
