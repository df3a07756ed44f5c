// Updates of Dais itself (src-tauri/updates.rs): the newer version the app's checks found, shown in the sidebar until
// the organiser installs it or puts it off for this session; its download's progress; Settings' check and switch.
import { listen } from '@tauri-apps/api/event';
import * as api from '../api';
import { following } from '../events';
import type { ErrorBody } from '../bindings/ErrorBody';
import type { UpdateOffer } from '../bindings/UpdateOffer';
import type { UpdateProgress } from '../bindings/UpdateProgress';
import type { UpdateSettings } from '../bindings/UpdateSettings';
import { toErrorBody } from '../api';

class Updates {
  offer = $state<UpdateOffer | null>(null);
  /** Put off until the next start ("Later"). */
  later = $state(false);
  installing = $state(false);
  progress = $state<UpdateProgress | null>(null);
  error = $state<ErrorBody | null>(null);
  settings = $state<UpdateSettings | null>(null);

  /** Follows the app's checks; the offer of a check that ended before the window listened is asked for too. */
  follow(): Promise<() => void> {
    const stop = following(
      listen<UpdateOffer>('update-offered', (e) => this.offered(e.payload)),
      listen<UpdateProgress>('update-progress', (e) => (this.progress = e.payload)),
    );
    api
      .updateOffer()
      .then((offer) => offer && this.offered(offer))
      .catch(() => {});
    return stop;
  }

  private offered(offer: UpdateOffer) {
    if (offer.version !== this.offer?.version) this.later = false;
    this.offer = offer;
    this.error = null;
  }

  async readSettings() {
    this.settings = await api.updateSettings();
  }

  async choose(checking: boolean) {
    this.settings = await api.chooseUpdateChecks(checking);
  }

  /** Settings' "Check now": the offer, or null when this version is the latest. */
  async check(): Promise<UpdateOffer | null> {
    const offer = await api.checkForUpdate();
    if (offer) this.offered(offer);
    return offer;
  }

  /** The organiser's word: the app installs the version and starts again, so this settles only when that failed. */
  async install() {
    this.installing = true;
    this.error = null;
    this.progress = null;
    try {
      await api.installUpdate();
    } catch (error) {
      this.error = toErrorBody(error);
      // A refused version is no longer offered; one that failed to download or install may be tried again.
      if (this.error.code === 'update_refused') this.offer = null;
    } finally {
      this.installing = false;
    }
  }
}

export const updates = new Updates();
