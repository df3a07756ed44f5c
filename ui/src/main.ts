import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { loadAll } from './lib/i18n/index.svelte';
import { preload } from './lib/views/later.svelte';
import { language } from './lib/state/language.svelte';
import { workspace } from './lib/state/workspace.svelte';

async function start() {
  // `vite --mode mock`: the UI in a plain browser, with the demo meeting answered by a stand-in for the app.
  // Never in a production build: MODE is "production" there, and this branch is dropped.
  if (import.meta.env.MODE === 'mock') {
    const { installMockIpc } = await import('./dev/mockIpc');
    installMockIpc();
  }
  // Asked meanwhile: what the first screen shows does not depend on the language.
  const firstScreen = workspace.askEarly();
  // The first frame is in the organiser's language, and right to left in Arabic, and shows the programme whole.
  // Marks of the start, which `benches/startup.rs` reads.
  await Promise.all([language.start().then(() => performance.mark('dais:language')), firstScreen]);
  mount(App, { target: document.getElementById('app')! });
  performance.mark('dais:mounted');
  // The other languages' words (for the names of the languages and a language chosen in Settings) and the other
  // views: once the window has shown its first screen.
  setTimeout(() => void Promise.all([loadAll(), preload()]), 2000);
}

start();
