// Undo and Redo of the meeting's edits: from the keyboard, the sidebar's buttons, or the app's Edit menu. Core lays
// the step back as a new edit (docs/architecture.md, "Undo"); the views follow the workspace as after any edit.
import { listen } from '@tauri-apps/api/event';
import * as api from '../api';
import { following } from '../events';
import { toErrorBody } from '../api';
import { status } from './status.svelte';
import { t } from '../i18n/index.svelte';
import { workspace } from './workspace.svelte';
import type { StepLabel } from '../bindings/StepLabel';
import { stepText } from '../ui/labels';

/** Whether a key press asks to undo or redo: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y (⌘ on a Mac). Not in a text field,
 * whose own undo takes back typing. */
export function undoKey(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Undoes (or redoes) the shown meeting's last edit, and says what it was. */
export async function undoLast(redo: boolean) {
  const id = workspace.eventId;
  if (id === null) return;
  status.working(redo ? t('app-redoing') : t('app-undoing'));
  try {
    const label = await (redo ? api.redo(id) : api.undo(id));
    if (label === null) status.saved(redo ? t('app-nothing-to-redo') : t('app-nothing-to-undo'));
    else status.saved(redo ? t('app-redone', { what: stepText(label) }) : t('app-undone', { what: stepText(label) }));
  } catch (error) {
    status.failed(toErrorBody(error), '');
  }
}

/** Follows the app's Edit menu: its Undo and Redo (a `menu` event) undo and redo here; returns what stops it. */
export function followMenu(): Promise<() => void> {
  return following(listen<'undo' | 'redo'>('menu', (e) => void undoLast(e.payload === 'redo')));
}

/** Tells the Edit menu what its Undo and Redo would take back, in the language shown (null: nothing). */
export function showInMenu(undo: StepLabel | null, redo: StepLabel | null) {
  const undoText = undo === null ? null : t('app-menu-undo-step', { step: stepText(undo) });
  const redoText = redo === null ? null : t('app-menu-redo-step', { step: stepText(redo) });
  api.editMenu(undoText, redoText).catch(() => {
    // The menu only says it; the sidebar's buttons say it too.
  });
}
