import { describe, expect, it } from 'vitest';
import { EVENT_ID } from '../../test/fixtures';
import { mockBackend } from '../../test/helpers';
import { PROGRAMME_PARTS, workspace } from './workspace.svelte';

describe('the workspace read as the window starts', () => {
  it('asks the first screen of the meeting shown once, before the views want it, and they take those answers', async () => {
    const backend = mockBackend();
    await workspace.askEarly();
    expect(backend.callsOf('meetings')).toHaveLength(1);
    expect(backend.callsOf('programme')).toEqual([{ eventId: EVENT_ID, viewerZone: null }]);
    await workspace.open();
    await workspace.want(...PROGRAMME_PARTS, 'undo');
    for (const command of ['meetings', 'programme', 'side_events', 'programme_publication', 'unlisted_speakers', 'undo_state'])
      expect(backend.callsOf(command), command).toHaveLength(1);
    expect(workspace.programme?.days.length).toBeGreaterThan(0);
    expect(workspace.undo).not.toBeNull();
  });

  it('asks again what a view wants of another meeting, or in another zone, than the one asked early', async () => {
    const backend = mockBackend();
    await workspace.askEarly();
    await workspace.open();
    await workspace.showZone('Asia/Tokyo');
    expect(backend.callsOf('programme').map((args) => args.viewerZone)).toEqual([null, 'Asia/Tokyo']);
    expect(workspace.programme?.viewer_zone).toBe('Asia/Tokyo');
  });
});
