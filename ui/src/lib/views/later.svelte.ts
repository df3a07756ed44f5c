// The views not on the first screen (the programme's), loaded when first opened: the window parses a third less
// script before its first frame. `preload` loads them all once that frame is shown, so that opening one is at once.
const load = {
  event: () => import('./event/EventView.svelte'),
  speakers: () => import('./speakers/SpeakersView.svelte'),
  registrations: () => import('./registrations/RegistrationsView.svelte'),
  settings: () => import('./settings/SettingsView.svelte'),
  conflicts: () => import('./conflicts/ConflictsView.svelte'),
  newMeeting: () => import('./start/NewMeetingForm.svelte'),
};

type Views = { [K in keyof typeof load]: Awaited<ReturnType<(typeof load)[K]>>['default'] };
export type LaterView = keyof Views;

/** Each view, once loaded: shown at once by whoever waited for `ready`. */
export const views: Partial<Views> = $state({});

export function isLater(name: string): name is LaterView {
  return name in load;
}

/** Loads view `name` (once). */
export async function ready(name: LaterView): Promise<void> {
  if (views[name]) return;
  const { default: view } = await load[name]();
  (views as Record<LaterView, unknown>)[name] = view;
}

export function preload(): Promise<unknown> {
  return Promise.all(Object.keys(load).map((name) => ready(name as LaterView)));
}
