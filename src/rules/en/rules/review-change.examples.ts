import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {
  "review-change/remove-review": {
    flags: ["Could you please [[delete your 1-star review]] now that it works?", "Would you [[take down the review]]?"],
    passes: ["Remove the protective film before use.", "You can delete the app data from settings."],
  },
};
