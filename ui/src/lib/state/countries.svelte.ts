// Every country and area as core names them (crates/core/src/rules/country.rs), read once: a name for each code the
// records keep, and the reading of what a person types.
import * as api from '../api';
import type { Country } from '../bindings/Country';
import { i18n } from '../i18n/index.svelte';

/** Lower case without diacritics: "cote" finds "Côte". */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

class Countries {
  list = $state<Country[]>([]);
  #byCode = $derived(new Map(this.list.map((c) => [c.code, c])));
  #loading: Promise<void> | null = null;
  /** The language the list is named in: core names and sorts it in the language shown. */
  #loadedIn: string | null = null;

  /** Reads the list, once per language shown: a change of language in Settings names the countries anew. */
  load(): Promise<void> {
    if (this.#loadedIn !== i18n.lang) {
      const lang = (this.#loadedIn = i18n.lang);
      this.#loading = api.countries().then(
        (list) => void (this.#loadedIn === lang && (this.list = list)),
        () => void (this.#loadedIn = this.#loading = null),
      );
    }
    return this.#loading ?? Promise.resolve();
  }

  /** The name of the country of `code`; the code itself if it names none (nothing is hidden). */
  name(code: string | null | undefined): string {
    if (!code) return '';
    this.load();
    return this.#byCode.get(code)?.name ?? code;
  }

  /** The code of the country typed whole, by its name or its code; null if it names none. */
  read(typed: string): string | null {
    const t = fold(typed);
    if (t === '') return null;
    const byName = this.list.find((c) => fold(c.name) === t);
    if (byName) return byName.code;
    return t.length === 2 ? (this.#byCode.get(t.toUpperCase())?.code ?? null) : null;
  }

  /** The countries a person may mean by `typed`: names starting with it first, then names holding it. */
  find(typed: string, most = 12): Country[] {
    const t = fold(typed);
    if (t === '') return [];
    const starts: Country[] = [];
    const holds: Country[] = [];
    for (const c of this.list) {
      const name = fold(c.name);
      if (name.startsWith(t) || c.code.toLowerCase() === t) starts.push(c);
      else if (name.includes(t)) holds.push(c);
    }
    return [...starts, ...holds].slice(0, most);
  }
}

export const countries = new Countries();
