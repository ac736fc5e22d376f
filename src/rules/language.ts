/**
 * Says which language a text is in, well enough to tell the seller "not checked:
 * German" instead of showing a silent all-clear for text the catalog cannot read.
 * Function words per language; scripts for languages that do not use Latin letters.
 */
import { CATALOG_LANGUAGES } from "./languages.ts";

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text is too short or unclear to tell. */
  lang: string;
  /** English name of the language, for "not checked: German". */
  name: string;
  /** True when the catalog has rules for it (or the text is too short to tell). */
  supported: boolean;
}

const FUNCTION_WORDS: Record<string, { name: string; words: string }> = {
  en: { name: "English", words: "the and you your to of for is it this that we our with be are have please if on in not thank" },
  de: { name: "German", words: "der die das und ist nicht sie ich wir ein eine zu mit für auf bitte ihr ihre uns den dem des sich auch wenn" },
  fr: { name: "French", words: "le la les et est pas vous je nous un une de des du pour avec sur votre vos merci ce cette que qui" },
  es: { name: "Spanish", words: "el la los las y es no usted su sus un una de del para con por que gracias nuestro este esta muy" },
  it: { name: "Italian", words: "il lo la gli le e è non lei un una di del della per con che grazie il nostro questo questa sono" },
  nl: { name: "Dutch", words: "de het een en is niet u uw je wij we van voor met op dat bedankt ons onze deze dit zijn" },
  pt: { name: "Portuguese", words: "o a os as e é não você seu sua um uma de do da para com que obrigado nosso este esta muito" },
  sv: { name: "Swedish", words: "och är inte du din ditt vi en ett av för med på att tack vår detta den det" },
  pl: { name: "Polish", words: "i w na z nie jest to się że do dla pan pani dziękujemy nasz jak" },
  tr: { name: "Turkish", words: "ve bir bu için ile değil siz sizin biz teşekkür ederiz çok da de" },
};

const SCRIPTS: Array<{ lang: string; name: string; re: RegExp }> = [
  { lang: "ja", name: "Japanese", re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { lang: "zh", name: "Chinese", re: /\p{Script=Han}/gu },
  { lang: "ar", name: "Arabic", re: /\p{Script=Arabic}/gu },
  { lang: "ru", name: "Russian", re: /\p{Script=Cyrillic}/gu },
  { lang: "ko", name: "Korean", re: /\p{Script=Hangul}/gu },
  { lang: "he", name: "Hebrew", re: /\p{Script=Hebrew}/gu },
  { lang: "el", name: "Greek", re: /\p{Script=Greek}/gu },
  { lang: "th", name: "Thai", re: /\p{Script=Thai}/gu },
  { lang: "hi", name: "Hindi", re: /\p{Script=Devanagari}/gu },
];

let lexicon: Map<string, string[]> | undefined;

/** Word → languages it is a function word of; built on first use, not when a page loads the script. */
function lexiconOf(): Map<string, string[]> {
  if (!lexicon) {
    lexicon = new Map();
    for (const [lang, { words }] of Object.entries(FUNCTION_WORDS)) {
      for (const w of words.split(" ")) lexicon.set(w, [...(lexicon.get(w) ?? []), lang]);
    }
  }
  return lexicon;
}

/** Looks at the first 2,000 characters: enough to tell, and cheap enough to run on every keystroke. */
const SAMPLE = 2000;
const NON_LETTERS = /\P{L}/gu;
/** Letters of a script other than Latin: only then are the scripts counted. */
const NOT_LATIN = /(?!\p{Script=Latin})\p{L}/u;

export function detectLanguage(text: string): LanguageGuess {
  const sample = String(text).slice(0, SAMPLE);
  const letters = sample.replace(NON_LETTERS, "").length;
  const und: LanguageGuess = { lang: "und", name: "Unknown", supported: true };
  if (letters < 12) return und;
  // Kana before Han: Japanese text mixes both.
  for (const s of NOT_LATIN.test(sample) ? SCRIPTS : []) {
    const count = sample.length - sample.replace(s.re, "").length;
    if (count / letters > 0.3 || (s.lang === "ja" && count / letters > 0.1)) return guess(s.lang, s.name);
  }
  const scores = new Map<string, number>();
  const lexicon = lexiconOf();
  let words = 0;
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    for (const lang of lexicon.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || words < 3) return und;
  const [best, score] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  // Too few function words, or a near tie: do not claim a language.
  if (score < 2 || score < words * 0.08 || score === runnerUp) return und;
  return guess(best, FUNCTION_WORDS[best].name);
}

function guess(lang: string, name: string): LanguageGuess {
  return { lang, name, supported: CATALOG_LANGUAGES.includes(lang) };
}
