// Following the shell's events (`listen` from Tauri): several at once, and one function that stops them all. Without
// the shell (a plain browser) there is nothing to follow, and views show what they read.
import type { UnlistenFn } from '@tauri-apps/api/event';

export async function following(...listeners: Promise<UnlistenFn>[]): Promise<() => void> {
  const settled = await Promise.allSettled(listeners);
  const stops = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  // Unlistening is asynchronous; a window going away takes its listeners with it anyway.
  return () => stops.forEach((stop) => Promise.resolve().then(stop).catch(() => {}));
}
