import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Dialogs from '../../test/Dialogs.svelte';
import { until } from '../../test/helpers';

const dialogs = () => screen.queryAllByRole('dialog');
const focused = () => document.activeElement as HTMLElement;
const key = (key: string, shiftKey = false) => fireEvent.keyDown(focused(), { key, shiftKey });

/** The page with its dialog opened from `opener`, as a keyboard does: the opener has the focus, then Enter. */
async function openFrom(opener: string) {
  const page = render(Dialogs);
  screen.getByTestId(opener).focus();
  await fireEvent.click(screen.getByTestId(opener));
  const [dialog] = dialogs();
  return { page, dialog };
}

describe('a dialog', () => {
  it('takes the focus as it opens, and the page behind is inert while it is open', async () => {
    const { page, dialog } = await openFrom('open');
    expect(focused()).toBe(screen.getByTestId('first'));
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('dialog-title');
    // Out of the page's way, so that everything else can be inert.
    expect(page.container.contains(dialog)).toBe(false);
    expect(page.container.hasAttribute('inert')).toBe(true);
    expect(dialog.closest('[inert]')).toBeNull();

    await key('Escape');
    expect(dialogs()).toHaveLength(0);
    expect(page.container.hasAttribute('inert')).toBe(false);
    expect(focused()).toBe(screen.getByTestId('open'));
  });

  it('keeps Tab inside: from the last control to the first, Shift+Tab back, and from the page into it', async () => {
    await openFrom('open');
    screen.getByTestId('last').focus();
    await key('Tab');
    expect(focused()).toBe(screen.getByTestId('first'));
    await key('Tab', true);
    expect(focused()).toBe(screen.getByTestId('last'));

    // The focus fell to the page: the next Tab brings it back in, not to "Erase…" behind.
    focused().blur();
    expect(focused()).toBe(document.body);
    await key('Tab');
    expect(focused()).toBe(screen.getByTestId('first'));
  });

  it('closes on Escape after what had the focus was removed by a save, and takes the focus meanwhile', async () => {
    const { dialog } = await openFrom('open');
    screen.getByTestId('save').focus();
    await fireEvent.click(screen.getByTestId('save'));
    expect(screen.queryByTestId('save')).toBeNull();
    // The dialog takes the focus the save dropped.
    await until(() => expect(focused()).toBe(dialog));

    focused().blur();
    await key('Escape');
    expect(dialogs()).toHaveLength(0);
    expect(focused()).toBe(screen.getByTestId('open'));
  });

  it('gives the focus to the heading of the page when what opened it is gone', async () => {
    await openFrom('vanishing');
    expect(screen.queryByTestId('vanishing')).toBeNull();
    await key('Escape');
    expect(dialogs()).toHaveLength(0);
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Page' }));
  });

  it('lets Escape take back a confirmation inside it, and close only the topmost of two dialogs', async () => {
    const { dialog } = await openFrom('open');
    await fireEvent.click(screen.getByTestId('remove'));
    expect(focused()).toBe(screen.getByTestId('cancel-remove'));
    await key('Escape');
    expect(screen.queryByTestId('cancel-remove')).toBeNull();
    expect(dialogs()).toEqual([dialog]);

    screen.getByTestId('open-nested').focus();
    await fireEvent.click(screen.getByTestId('open-nested'));
    const [, nested] = dialogs();
    expect(focused()).toBe(screen.getByTestId('nested-ok'));
    // The dialog below is inert under the one over it; Tab stays in the top one.
    expect(dialog.closest('[inert]')).not.toBeNull();
    await key('Tab');
    expect(focused()).toBe(screen.getByTestId('nested-ok'));

    await key('Escape');
    expect(dialogs()).toEqual([dialog]);
    expect(nested.isConnected).toBe(false);
    expect(dialog.closest('[inert]')).toBeNull();
    expect(focused()).toBe(screen.getByTestId('open-nested'));

    await key('Escape');
    expect(dialogs()).toHaveLength(0);
    expect(focused()).toBe(screen.getByTestId('open'));
  });
});
