/** The English catalog: vocabulary, shared exceptions and rules. Texts for people are in categories.ts. */
import type { LanguageCatalog, RuleSpec } from "../types.ts";
import { exceptions } from "./exceptions.ts";
import * as affiliated from "./rules/affiliated-review.ts";
import * as competitor from "./rules/competitor-review.ts";
import * as marketing from "./rules/marketing.ts";
import * as offAmazon from "./rules/off-amazon-contact.ts";
import * as positive from "./rules/positive-review-request.ts";
import * as change from "./rules/review-change.ts";
import * as gating from "./rules/review-gating.ts";
import * as incentive from "./rules/review-incentive.ts";
import * as service from "./rules/review-service.ts";
import * as votes from "./rules/vote-manipulation.ts";
import { vocabulary } from "./vocabulary.ts";

interface RuleModule {
  vocabulary?: Readonly<Record<string, string | readonly string[]>>;
  rules: readonly RuleSpec[];
}

const modules: readonly RuleModule[] = [change, incentive, positive, gating, affiliated, competitor, service, votes, offAmazon, marketing];

export const en: LanguageCatalog = {
  lang: "en",
  name: "English",
  vocabulary: Object.assign({}, vocabulary, ...modules.map((m) => m.vocabulary ?? {})),
  exceptions,
  rules: modules.flatMap((m) => m.rules),
  numberWords: { zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10" },
  letterWords: ["a", "i"],
  abbreviations: ["mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "approx", "e.g", "i.e", "jr", "sr", "inc", "ltd", "co"],
};
