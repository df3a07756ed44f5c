// The language the window shows: the app's (src-tauri/language.rs: the organiser's choice on this computer, else the
// OS's), chosen again in Settings and shown at once, every view saying itself again (`t` reads `i18n.lang`).
import * as api from '../api';
import type { Lang } from '../bindings/Lang';
import type { LanguageChoice } from '../bindings/LanguageChoice';
import { i18n, languageOf, load } from '../i18n/index.svelte';

class Language {
  /** The languages offered, each by its own name. */
  offered = $state<LanguageChoice[]>([]);

  /** Takes the app's language, before the window shows anything; the webview's if the app cannot say. */
  async start() {
    let shown: Lang;
    try {
      const languages = await api.languages();
      this.offered = languages.offered;
      shown = languages.shown;
    } catch {
      shown = languageOf(navigator.language);
    }
    await load(shown);
    i18n.lang = shown;
  }

  /** Shows `lang` now; the app keeps it for the next start (and says its errors in it). */
  async choose(lang: Lang) {
    // Asked first, so that what the views ask next (the countries' names) is answered in the new language.
    const kept = api.chooseLanguage(lang);
    await load(lang);
    i18n.lang = lang;
    await kept;
  }
}

export const language = new Language();
