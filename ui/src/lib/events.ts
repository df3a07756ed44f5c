// Following the shell's events (`listen` from Tauri): several at once, and one function that stops them all. Without
// the shell (a plain browser) there is nothing to follow, and views show what they read.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { WorkspaceChanged } from './bindings/WorkspaceChanged';

export async function following(...listeners: Promise<UnlistenFn>[]): Promise<() => void> {
  const settled = await Promise.allSettled(listeners);
  const stops = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  // Unlistening is asynchronous; a window going away takes its listeners with it anyway.
  return () => stops.forEach((stop) => Promise.resolve().then(stop).catch(() => {}));
}

/**
 * Calls `then` after every write to `table` (the shell's `workspace-changed`), for a view that reads a part of the
 * workspace itself; for `onMount`: returns what stops it.
 */
export function afterWritesTo(table: string, then: () => void): () => void {
  const stop = following(
    listen<WorkspaceChanged>('workspace-changed', (e) => {
      if (e.payload.tables.includes(table)) then();
    }),
  );
  return () => void stop.then((s) => s());
}
