// For the tests of the views in the pseudo-language (en-XA): the words on screen that did not come from the catalogue.
// A message of the catalogue is wrapped `⟦…⟧`; the organiser's data is shown as typed, and the backend's answers
// (core's words, the countries' names) are not the views' to say: what is left with a letter in it is a fixed word.
import type { Backend } from './backend';

/** Every string in `value`, however deep. */
function strings(value: unknown, out: Set<string>) {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/**
 * The data the views may show as it is: every string the fake backend holds or answers from now on (or throws, as
 * an error's message), and `more` (what a test types). Call before the app starts.
 */
export function dataShown(backend: Backend, more: string[] = []): Set<string> {
  const data = new Set<string>(more);
  strings(backend.state, data);
  const handle = backend.handle.bind(backend);
  backend.handle = (cmd, args) => {
    try {
      const answer = handle(cmd, args);
      strings(answer, data);
      return answer;
    } catch (error) {
      strings(error, data);
      throw error;
    }
  };
  return data;
}

/** Dates and times are written by CLDR (`Intl`), not by the catalogue: their words, in the English of en-XA. */
const CLDR_WORDS = (() => {
  const words = new Set(['CET', 'CEST', 'UTC', 'GMT']);
  for (let m = 0; m < 12; m++) {
    const day = new Date(Date.UTC(2025, m, 1 + m));
    for (const month of ['long', 'short'] as const)
      words.add(new Intl.DateTimeFormat('en-GB', { month, timeZone: 'UTC' }).format(day));
    words.add(new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(day));
  }
  return [...words];
})();

/** What is left of `text` once the catalogue's messages, the data and the dates' words are taken out. */
function leftOver(text: string, data: string[]): string[] {
  // Innermost first: a message may hold another (a status's name in a sentence).
  let rest = text;
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '\n')];
  // Data of three letters or more (a country's code alone would cut a zone's "CEST" short), then the dates' words.
  for (const d of data) if (d.trim().length > 2) rest = rest.split(d).join('\n');
  for (const w of CLDR_WORDS) rest = rest.replace(new RegExp(`\\b${w}\\b`, 'g'), '\n');
  return rest
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s) && !data.includes(s));
}

const SAID = ['aria-label', 'title', 'placeholder', 'alt'];

/**
 * The words under `root` (its text, and the accessible names, titles, placeholders and alternative texts of its
 * elements) not from the catalogue, nor data shown as typed, nor a date's or a time's: none in a view said whole.
 */
export function notFromCatalogue(root: Element, data: Set<string>): string[] {
  // Longest first: a name holding another is taken out whole.
  const known = [...data].sort((a, b) => b.length - a.length);
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // The text of one element is read whole (a name may be drawn in pieces); another element's is apart.
  let parent: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    text += (node.parentElement === parent ? '' : '\n') + (node.textContent ?? '');
    parent = node.parentElement;
  }
  const found = leftOver(text, known);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of SAID) {
      const value = el.getAttribute(name);
      if (value) found.push(...leftOver(value, known).map((w) => `${name}="${w}"`));
    }
  }
  return found;
}
