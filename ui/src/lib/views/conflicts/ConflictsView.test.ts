import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { id } from '../../../test/fixtures';
import { mockBackend, renderApp, until } from '../../../test/helpers';

async function openConflicts(backend = mockBackend()) {
  await renderApp(backend);
  await fireEvent.click(screen.getByTestId('nav-conflicts'));
  await screen.findAllByTestId('conflict-row');
  return backend;
}

const text = (el: HTMLElement, testId: string) => within(el).getByTestId(testId).textContent?.replace(/\s+/g, ' ').trim();

describe('the conflicts', () => {
  it('are counted in the navigation, open ones only', async () => {
    await renderApp();
    await until(() => expect(screen.getByTestId('conflict-count').textContent).toBe('1 open'));
  });

  it('show the row and field, the lost and the kept value with who and when, and whether still open', async () => {
    await openConflicts();
    const [title, position] = screen.getAllByTestId('conflict-row');
    expect(text(title, 'conflict-subject')).toBe('entry “Opening and welcome”');
    expect(text(title, 'conflict-field')).toBe('Title');
    expect(text(title, 'lost-value')).toBe('Opening remarks');
    expect(text(title, 'lost-by')).toBe('by Ana Ribeiro, 30 October 2025, 09:40 CET');
    expect(text(title, 'won-value')).toBe('Opening and welcome');
    expect(text(title, 'won-by')).toBe('by Tomasz Nowak, 30 October 2025, 09:41 CET');
    expect(text(title, 'conflict-state')).toBe('Open');

    expect(text(position, 'conflict-subject')).toBe('speaker Dr Mei Lin');
    expect(text(position, 'lost-value')).toBe('(empty)');
    expect(text(position, 'conflict-state')).toBe('Settled');
    expect(screen.getByTestId('conflicts-view').textContent).toContain('1 open · 2 in all');
  });

  it('restore a lost value, then show the list again', async () => {
    const backend = await openConflicts();
    const [title] = screen.getAllByTestId('conflict-row');
    const restore = within(title).getByTestId('restore-conflict');
    expect(restore.getAttribute('aria-label')).toBe('Restore the lost title of entry “Opening and welcome”');
    await fireEvent.click(restore);

    await until(() => expect(backend.callsOf('restore_conflict')).toEqual([{ id: id(60) }]));
    await until(() => expect(text(screen.getAllByTestId('conflict-row')[0], 'conflict-state')).toBe('Settled'));
    expect(backend.callsOf('conflicts')).toHaveLength(2);
    await until(() => expect(screen.queryByTestId('conflict-count')).toBeNull());
    expect(screen.getByTestId('status').textContent).toContain('Restored');
    expect(screen.getByTestId('sync-status-text').textContent).toBe('No event site set, 1 change waiting');
  });

  it('say so when there are none', async () => {
    const backend = mockBackend();
    backend.state.conflicts = [];
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-conflicts'));
    expect((await screen.findByTestId('no-conflicts')).textContent).toContain('No conflicts');
  });

  it('show why a restore failed', async () => {
    const backend = mockBackend();
    backend.override('restore_conflict', () => {
      throw { code: 'not_found', message: 'no entry with id x', fields: [] };
    });
    await openConflicts(backend);
    await fireEvent.click(within(screen.getAllByTestId('conflict-row')[0]).getByTestId('restore-conflict'));
    await until(() => expect(screen.getByTestId('status').textContent).toContain('Not restored: no entry with id x'));
  });
});
