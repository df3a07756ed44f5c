// The message catalogue in the UI: the same `.ftl` files as core's (locales/ at the repository's root, one folder per
// language), said by @fluent/bundle. `t(id, args)` reads the language shown, so a view says itself again when the
// organiser picks another language.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from '../bindings/Lang';

// The app's files only (`app.ftl`, `app-views.ftl`, `common.ftl`): the site's, the mails' and the CLI's words would
// triple what the window parses before its first frame. core's catalogue test keeps the UI's ids in these. Each
// language is read when first shown (`load`): the shown one before the first frame, the others after it.
const files = import.meta.glob(
  ['../../../../locales/*/app.ftl', '../../../../locales/*/app-views.ftl', '../../../../locales/*/common.ftl'],
  { query: '?raw', import: 'default' },
) as Record<string, () => Promise<string>>;

/** The languages offered, in the UN's order (core's `Lang::ALL`). */
export const languages: Lang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

let shown = $state<Lang>('en');
/** Counts the languages read, so that a language's name shown before its catalogue was read is said again. */
let read = $state(0);

const bundles = new Map<Lang, FluentBundle>();

/** Reads the catalogue of `lang` (English's for the pseudo-language), once. */
export async function load(lang: Lang): Promise<void> {
  const source: Lang = lang === 'en-XA' ? 'en' : lang;
  if (bundles.has(source)) return;
  const texts = await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.split('/').at(-2) === source)
      .map(([, text]) => text()),
  );
  if (bundles.has(source)) return;
  // Names are isolated where they are shown (`<bdi>`, `dir="auto"`), not by marks inside each message. The bundle's
  // locale is `Intl`'s, so a count in Arabic keeps Western digits as the dates beside it do.
  const bundle = new FluentBundle(cldrLocale(source), { useIsolating: false });
  for (const text of texts) bundle.addResource(new FluentResource(text));
  bundles.set(source, bundle);
  read += 1;
}

/** Every language's catalogue: after the first frame, for the names of the languages and a language chosen. */
export function loadAll(): Promise<void[]> {
  return Promise.all(languages.map(load));
}

function bundle(lang: Lang): FluentBundle | undefined {
  return bundles.get(lang === 'en-XA' ? 'en' : lang);
}

/** The message `id` in the language shown. A message the catalogue lacks shows as its id (core's test keeps them). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const lang = shown;
  const b = bundle(lang);
  const message = b?.getMessage(id);
  if (!message?.value) return id;
  const said = b!.formatPattern(message.value, args);
  return lang === 'en-XA' ? pseudo(said) : said;
}

/** A language's own name for itself (`Français`, `العربية`), from its own catalogue, as core's `Lang::name`. */
export function languageName(lang: Lang): string {
  void read;
  const b = bundle(lang);
  const message = b?.getMessage('language-name');
  return message?.value ? b!.formatPattern(message.value) : lang;
}

/** As core's `i18n::pseudo`: `⟦Ŝàvéđ··⟧`, so a word not wrapped did not come from the catalogue. */
export function pseudo(english: string): string {
  const accents: Record<string, string> = {
    a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', A: 'Å', E: 'É', O: 'Ö', U: 'Ü',
  };
  const accented = [...english].map((c) => accents[c] ?? c).join('');
  return `⟦${accented}${'·'.repeat(Math.ceil([...english].length / 3))}⟧`;
}

export const i18n = {
  get lang(): Lang {
    return shown;
  },
  set lang(lang: Lang) {
    shown = lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = i18n.dir;
  },
  get dir(): 'rtl' | 'ltr' {
    return shown === 'ar' ? 'rtl' : 'ltr';
  },
  /** The CLDR locale for `Intl` (dates, numbers, collation), as core's: the UN's English, Arabic with Western digits. */
  get locale(): string {
    return cldrLocale(shown);
  },
};

function cldrLocale(lang: Lang): string {
  if (lang === 'en' || lang === 'en-XA') return 'en-GB';
  if (lang === 'ar') return 'ar-u-nu-latn';
  return lang;
}

/** The language of a tag or of the OS (`navigator.language`): `fr-CH` → `fr`; English for one Dais does not speak. */
export function languageOf(tag: string | undefined): Lang {
  if (!tag) return 'en';
  if (tag.toLowerCase() === 'en-xa') return 'en-XA';
  const primary = tag.split(/[-_]/)[0].toLowerCase();
  return (languages as string[]).includes(primary) ? (primary as Lang) : 'en';
}
