/** Languages the server speaks. English is complete; Japanese covers relay, restriction and SMTP-code texts. */
export type Locale = 'en' | 'ja';

/** A text in every language the project writes it in. English is always present. */
export interface Localized {
  en: string;
  ja?: string;
}

/** Maps a client locale tag ("ja", "ja-JP", "en-US", ...) to a locale the server speaks. */
export function toLocale(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^ja\b/i.test(tag) ? 'ja' : 'en';
}

/** The text in the wanted language, falling back to English where it is not translated. */
export function pick(text: Localized, locale: Locale): string {
  return (locale === 'ja' && text.ja) || text.en;
}
