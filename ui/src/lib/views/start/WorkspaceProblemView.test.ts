import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../App.svelte';
import { mockBackend, until } from '../../../test/helpers';

const problem = {
  path: '/home/ana/.local/share/dais/workspace.dais',
  reason: 'the workspace /home/ana/.local/share/dais/workspace.dais cannot be opened: file is not a database',
};

describe('a workspace that cannot be opened', () => {
  it('is explained with its file, and a new workspace beside it opens the app', async () => {
    const backend = mockBackend();
    let broken = true;
    backend.override('workspace_problem', () => (broken ? problem : null));
    backend.override('start_new_workspace', () => ((broken = false), '/home/ana/.local/share/dais/workspace-new.dais'));
    render(App);

    await screen.findByTestId('workspace-problem');
    expect(screen.getByTestId('workspace-problem-reason').textContent).toContain('file is not a database');
    expect(screen.getByTestId('workspace-problem-path').textContent).toBe(problem.path);
    expect(screen.queryByTestId('nav-programme')).toBeNull();

    await fireEvent.click(screen.getByTestId('start-new-workspace'));
    await screen.findAllByTestId('programme-row');
    await until(() => expect(screen.getByTestId('status').textContent).toContain('workspace-new.dais'));
    expect(backend.callsOf('start_new_workspace')).toHaveLength(1);
  });

  it('says so when the new workspace cannot be made either, and stays', async () => {
    const backend = mockBackend();
    backend.override('workspace_problem', () => problem);
    backend.override('start_new_workspace', () => {
      throw { code: 'workspace', message: 'the folder is read-only', fields: [] };
    });
    render(App);
    await fireEvent.click(await screen.findByTestId('start-new-workspace'));
    expect((await screen.findByTestId('start-new-workspace-error')).textContent).toBe('the folder is read-only');
    expect(screen.getByTestId('workspace-problem')).toBeTruthy();
  });
});
