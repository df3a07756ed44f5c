import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Edit } from '../bindings/Edit';
import { RecordForm } from './form.svelte';

type Facts = { venue: string; organiser: string };

/** A form over `workspace.record`, which the test changes as reads of the workspace would. */
function formOver(workspace: { record: Facts }) {
  let form!: RecordForm<Facts, Facts>;
  const stop = $effect.root(() => {
    form = new RecordForm<Facts, Facts>(
      'facts',
      ['venue', 'organiser'],
      { toValues: (r) => ({ ...r }), toRecord: (v) => ({ ...v }) },
      { ...workspace.record },
      () => workspace.record,
    );
  });
  flushSync();
  return { form, stop };
}

describe('a form saving each field as it is left', () => {
  it('sends only what changed, and keeps a refused field with its message while the others are saved', async () => {
    const workspace = $state({ record: { venue: 'Room A', organiser: 'ITU' } });
    const { form, stop } = formOver(workspace);
    const sent: Edit[] = [];
    form.values.venue = 'Room K';
    form.values.organiser = '';
    await form.saveChanges(
      'id',
      async (edit) => {
        sent.push(edit);
        if ('organiser' in edit.changes)
          throw { code: 'invalid', message: 'organiser: give the organiser', fields: [{ field: 'organiser', message: 'give the organiser' }] };
        return { ...workspace.record, ...(edit.changes as Partial<Facts>) };
      },
      'Saved',
      () => ({}),
    );
    expect(sent.map((e) => e.changes)).toEqual([{ venue: 'Room K', organiser: '' }, { venue: 'Room K' }]);
    expect(form.errors.fields).toEqual({ organiser: 'give the organiser' });
    expect(form.changes).toEqual({ organiser: '' });
    stop();
  });

  it('keeps the value saved on screen when a read of the workspace begun before the save answers after it', async () => {
    const workspace = $state({ record: { venue: 'Room A', organiser: 'ITU' } });
    const { form, stop } = formOver(workspace);
    form.values.organiser = 'ITU, Geneva';
    await form.saveChanges('id', async (edit) => ({ ...workspace.record, ...(edit.changes as Partial<Facts>) }), 'Saved', () => ({}));
    // The workspace as read before the save, arriving now: no news, nothing undone, no clash.
    workspace.record = { venue: 'Room A', organiser: 'ITU' };
    flushSync();
    expect(form.values.organiser).toBe('ITU, Geneva');
    expect(form.clashes).toEqual([]);
    // Then the save's own news, and a colleague's change after it, taken in as ever.
    workspace.record = { venue: 'Room A', organiser: 'ITU, Geneva' };
    flushSync();
    expect(form.dirty).toBe(false);
    workspace.record = { venue: 'Room A', organiser: 'TSB' };
    flushSync();
    expect(form.values.organiser).toBe('TSB');
    stop();
  });

  it('shows a colleague’s change back to the value before the save, once the moment after it has passed', async () => {
    const workspace = $state({ record: { venue: 'Room A', organiser: 'ITU' } });
    const { form, stop } = formOver(workspace);
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    form.values.organiser = 'ITU, Geneva';
    await form.saveChanges('id', async (edit) => ({ ...workspace.record, ...(edit.changes as Partial<Facts>) }), 'Saved', () => ({}));
    // Seconds later, a colleague's edit (synced) sets it back to what it was before: never reverted unseen.
    now.mockReturnValue(1_005_000);
    workspace.record = { venue: 'Room A', organiser: 'ITU' };
    flushSync();
    expect(form.values.organiser).toBe('ITU');
    now.mockRestore();
    stop();
  });
});
