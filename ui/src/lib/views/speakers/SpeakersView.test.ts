import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../bindings/Edit';
import type { Speaker } from '../../bindings/Speaker';
import { EVENT_ID, id } from '../../../test/fixtures';
import { mockBackend, named, renderApp, until } from '../../../test/helpers';

async function openSpeakers(backend = mockBackend()) {
  await renderApp(backend);
  await fireEvent.click(screen.getByTestId('nav-speakers'));
  await screen.findAllByTestId('speaker-row');
  return backend;
}

function speakerRow(name: string): HTMLElement {
  const found = screen
    .getAllByTestId('speaker-row')
    .find((r) => within(r).getByTestId('speaker-name').textContent === name);
  if (!found) throw new Error(`no speaker row ${name}`);
  return found;
}

async function type(form: HTMLElement, name: string, value: string) {
  await fireEvent.input(named(form, name), { target: { value } });
}

describe('the speakers', () => {
  it('are listed with honorific, position, organisation, country, status and consent', async () => {
    const backend = await openSpeakers();
    expect(backend.callsOf('speakers')).toEqual([{ eventId: EVENT_ID }]);
    const rows = screen.getAllByTestId('speaker-row');
    expect(rows.map((r) => within(r).getByTestId('speaker-name').textContent)).toEqual([
      'Dr Mei Lin',
      'Ms Sara Haddad',
      'Mr Kwame Mensah',
      'Mr Tomasz Nowak',
      'Ms Ana Ribeiro',
    ]);
    const lin = speakerRow('Dr Mei Lin');
    expect(lin.textContent).toContain('Lead, working group on data');
    expect(lin.textContent).toContain('Example University');
    await until(() => expect(lin.textContent).toContain('Singapore'));
    expect(within(lin).getByTestId('speaker-status').textContent).toBe('Invited');
    expect(within(lin).getByTestId('speaker-public').textContent).toContain(
      'Left out: not confirmed yet; has not agreed to be published',
    );
    expect(speakerRow('Ms Ana Ribeiro').textContent).toContain('Confirmed');
    expect(within(speakerRow('Ms Ana Ribeiro')).getByTestId('speaker-public').textContent?.trim()).toBe('Listed');
  });

  it('take a country by its name, typed to search, and keep its code: Senegal is never Sweden', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(within(speakerRow('Dr Mei Lin')).getByTestId('edit-speaker'));
    const form = screen.getByTestId('speaker-form');
    const country = named(form, 'country');
    expect(country.value).toBe('Singapore');
    await fireEvent.input(country, { target: { value: 'sene' } });
    const choices = within(form).getAllByTestId('speaker-country-choice').map((c) => c.textContent?.trim());
    expect(choices[0]).toBe('Senegal');
    await fireEvent.keyDown(country, { key: 'ArrowDown' });
    await fireEvent.keyDown(country, { key: 'Enter' });
    expect(country.value).toBe('Senegal');
    await fireEvent.submit(form);
    await until(() => expect(backend.callsOf('edit_speaker')).toHaveLength(1));
    const edit = backend.callsOf('edit_speaker')[0].edit as Edit;
    expect(edit.changes).toEqual({ country: 'SN' });
    await until(() => expect(speakerRow('Dr Mei Lin').textContent).toContain('Senegal'));

    // A name typed whole is read as its country; text that names none stays as typed, for core to refuse.
    await fireEvent.click(within(speakerRow('Dr Mei Lin')).getByTestId('edit-speaker'));
    const again = screen.getByTestId('speaker-form');
    await fireEvent.input(named(again, 'country'), { target: { value: 'Austria' } });
    await fireEvent.blur(named(again, 'country'));
    await fireEvent.submit(again);
    await until(() => expect(backend.callsOf('edit_speaker')).toHaveLength(2));
    expect((backend.callsOf('edit_speaker')[1].edit as Edit).changes).toEqual({ country: 'AT' });
  });

  it('write a name in the order its person chose: family name first', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(within(speakerRow('Dr Mei Lin')).getByTestId('edit-speaker'));
    const form = screen.getByTestId('speaker-form');
    const order = named<HTMLSelectElement>(form, 'name_order');
    expect(order.value).toBe('');
    expect([...order.options].map((o) => o.textContent)).toEqual([
      'As its script writes it',
      'Given name first (Ana Ribeiro)',
      'Family name first (王小明, Kovács János)',
    ]);
    await fireEvent.change(order, { target: { value: 'family_first' } });
    await fireEvent.submit(form);
    await until(() => expect(backend.callsOf('edit_speaker')).toHaveLength(1));
    expect((backend.callsOf('edit_speaker')[0].edit as Edit).changes).toEqual({ name_order: 'family_first' });
    await until(() => expect(speakerRow('Dr Lin Mei')).toBeTruthy());
  });

  it('say in the form why a speaker is left out of the public site, and stop once she is confirmed and agrees', async () => {
    await openSpeakers();
    await fireEvent.click(within(speakerRow('Dr Mei Lin')).getByTestId('edit-speaker'));
    const form = screen.getByTestId('speaker-form');
    expect(form.textContent).toContain('once both are true: Confirmed, and agreeing to be');
    expect(within(form).getByTestId('speaker-unlisted').textContent).toContain(
      'not confirmed yet; has not agreed to be published',
    );
    await fireEvent.change(named(form, 'status'), { target: { value: 'confirmed' } });
    await fireEvent.click(named(form, 'consent_to_publish'));
    await fireEvent.submit(form);
    await until(() => expect(within(form).queryByTestId('speaker-unlisted')).toBeNull());
    expect(within(speakerRow('Dr Mei Lin')).getByTestId('speaker-public').textContent?.trim()).toBe('Listed');
  });

  it('saves the fields the organiser changed, each read as the record has it', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(within(speakerRow('Ms Ana Ribeiro')).getByTestId('edit-speaker'));
    const form = screen.getByTestId('speaker-form');
    expect(named(form, 'given_name').value).toBe('Ana');
    expect(named(form, 'email').value).toBe('ana.ribeiro@example.org');
    // Private fields say so.
    expect(form.querySelector('label[for="speaker-email"]')?.textContent).toContain('private: never published');
    expect(form.querySelector('label[for="speaker-notes"]')?.textContent).toContain('private: never published');

    await type(form, 'position', 'Chair, U4SSC (2025-2026)');
    await type(form, 'country', 'pt');
    await type(form, 'links', 'https://example.org/ana\n\n  https://example.org/cv  \n');
    await type(form, 'bio', 'Ana leads the city’s digital office.');
    await type(form, 'private_notes', 'Prefers the morning.');
    const status = named<HTMLSelectElement>(form, 'status');
    status.value = 'declined';
    await fireEvent.change(status);
    await fireEvent.click(named(form, 'consent_to_publish'));
    await fireEvent.click(within(form).getByTestId('save-speaker'));

    await until(() => expect(backend.callsOf('edit_speaker')).toHaveLength(1));
    const { edit } = backend.callsOf('edit_speaker')[0] as { edit: Edit };
    const was = backend.state.speakers.find((s) => s.id === id(30))!;
    expect(edit.id).toBe(id(30));
    // "pt" is read as PT, her country already: not a change.
    expect(edit.changes).toEqual({
      position: 'Chair, U4SSC (2025-2026)',
      bio: 'Ana leads the city’s digital office.',
      links: ['https://example.org/ana', 'https://example.org/cv'],
      status: 'declined',
      consent_to_publish: false,
      private_notes: 'Prefers the morning.',
    } satisfies Partial<Speaker>);
    expect(Object.keys(edit.opened)).toEqual(Object.keys(edit.changes));
    expect(edit.opened.status).toBe('confirmed');
    expect(was).toMatchObject({ given_name: 'Ana', email: 'ana.ribeiro@example.org', ...edit.changes });
    await until(() => expect(within(speakerRow('Ms Ana Ribeiro')).getByTestId('speaker-status').textContent).toBe('Declined'));
    expect(screen.getByTestId('status').textContent).toContain('Saved');
  });

  it('shows a field error at its field', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(within(speakerRow('Dr Mei Lin')).getByTestId('edit-speaker'));
    const form = screen.getByTestId('speaker-form');
    await type(form, 'email', 'mei.lin-at-example');
    await fireEvent.click(within(form).getByTestId('save-speaker'));

    const error = await within(form).findByTestId('error-email');
    expect(error.textContent).toBe('"mei.lin-at-example" is not an email address');
    expect(error.closest('.field')).toBe(named(form, 'email').closest('.field'));
    expect(named(form, 'email').getAttribute('aria-invalid')).toBe('true');
    expect(backend.state.speakers.find((s) => s.id === id(32))?.email).toBe('mei.lin@example.org');
  });

  it('creates a speaker from new_speaker, then gives them a role', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(screen.getByTestId('add-speaker'));
    const form = await screen.findByTestId('speaker-form');
    expect(backend.callsOf('new_speaker')).toEqual([{ eventId: EVENT_ID }]);
    expect(screen.getByText('Save the speaker first, then give them roles.')).toBeTruthy();
    expect(within(form).queryByTestId('delete-speaker')).toBeNull();

    await type(form, 'honorific', 'Prof.');
    await type(form, 'given_name', 'Ines');
    await type(form, 'family_name', 'Alvarez');
    await fireEvent.click(within(form).getByTestId('save-speaker'));
    await until(() => expect(backend.callsOf('add_speaker')).toHaveLength(1));
    const saved = backend.callsOf('add_speaker')[0].speaker as Speaker;
    expect(saved).toMatchObject({ given_name: 'Ines', family_name: 'Alvarez', honorific: 'Prof.', status: 'invited' });
    expect(saved.id).toBe(id(0x100));
    await until(() => expect(speakerRow('Prof. Ines Alvarez')).toBeTruthy());

    // Saved, the speaker can be given roles.
    const entry = (await screen.findByTestId('role-entry')) as HTMLSelectElement;
    entry.value = id(21);
    await fireEvent.change(entry);
    const role = screen.getByTestId('role-kind') as HTMLSelectElement;
    role.value = 'panellist';
    await fireEvent.change(role);
    await fireEvent.click(screen.getByTestId('add-role'));

    await until(() => expect(backend.callsOf('save_participation')).toHaveLength(1));
    const { participation } = backend.callsOf('save_participation')[0] as { participation: Record<string, string> };
    expect(participation).toMatchObject({
      event_id: EVENT_ID,
      entry_id: id(21),
      speaker_id: id(0x100),
      role: 'panellist',
    });
    expect(participation.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const roles = await screen.findAllByTestId('speaker-role');
    expect(roles.map((r) => r.textContent)).toEqual([expect.stringContaining('Panellist · 13:30–14:15 New U4SSC activities')]);
  });

  it('keeps the keyboard in its form after a save draws it again: Escape closes it and the focus goes back', async () => {
    await openSpeakers();
    screen.getByTestId('add-speaker').focus();
    await fireEvent.click(screen.getByTestId('add-speaker'));
    const form = await screen.findByTestId('speaker-form');
    await type(form, 'given_name', 'Ines');
    await type(form, 'family_name', 'Alvarez');
    within(form).getByTestId('save-speaker').focus();
    await fireEvent.click(within(form).getByTestId('save-speaker'));
    await until(() => expect(speakerRow('Ines Alvarez')).toBeTruthy());
    // Saved, the form is drawn again for the speaker now kept: the button that had the focus is gone.
    await until(() => expect(form.isConnected).toBe(false));
    await until(() => expect(document.activeElement).toBe(screen.getByRole('dialog')));

    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('speaker-form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('add-speaker'));
  });

  it('lists a speaker’s roles and removes one', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(within(speakerRow('Ms Ana Ribeiro')).getByTestId('edit-speaker'));
    const roles = await screen.findAllByTestId('speaker-role');
    expect(roles.map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringContaining('Chair · 11:00–12:00 U4SSC meeting'),
      expect.stringContaining('Chair · 13:30–15:30 U4SSC meeting (continued)'),
    ]);

    await fireEvent.click(within(roles[1]).getByTestId('remove-role'));
    await until(() => expect(screen.getAllByTestId('speaker-role')).toHaveLength(1));
    expect(backend.callsOf('delete_participation')).toEqual([{ id: id(41) }]);
  });

  it('deletes a speaker after confirming', async () => {
    const backend = await openSpeakers();
    await fireEvent.click(within(speakerRow('Mr Kwame Mensah')).getByTestId('edit-speaker'));
    await fireEvent.click(screen.getByTestId('delete-speaker'));
    expect(backend.callsOf('delete_speaker')).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('confirm-delete'));

    await until(() => expect(screen.getAllByTestId('speaker-row')).toHaveLength(4));
    expect(backend.callsOf('delete_speaker')).toEqual([{ id: id(31) }]);
    await until(() => expect(screen.queryByTestId('speaker-form')).toBeNull());
  });
});
