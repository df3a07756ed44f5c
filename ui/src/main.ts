import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { loadAll } from './lib/i18n/index.svelte';
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
  workspace.askEarly();
  // The first frame is in the organiser's language, and right to left in Arabic.
  await language.start();
  // Marks of the start, which `benches/startup.rs` reads.
  performance.mark('dais:language');
  mount(App, { target: document.getElementById('app')! });
  performance.mark('dais:mounted');
  // The other languages' words, for the names of the languages and a language chosen in Settings: once the window
  // has shown its first screen.
  setTimeout(() => void loadAll(), 2000);
}

start();
