/**
 * Sentences that quote the policy or deny the behaviour are not violations:
 * "We never offer anything for reviews", "Amazon does not allow us to ask you to
 * change a review". A match anywhere in the sentence drops every finding of that
 * sentence, for every rule that keeps sharedExceptions on.
 */
export const exceptions: readonly string[] = [
  // We never / cannot / won't offer, give, pay, ask …
  // … and never did: "we've never bought reviews or used review groups"
  "(we|i|sellers?) ~2 (never|don't|do not|won't|will not|cannot|can't|can not|could not|couldn't|(are not|aren't) (allowed|permitted) to|may not|must not|are unable to|am not|are not|aren't|'re not|'m not|not) ~3 (offer(ing|ed)?|giv(e|ing)|gave|pa(y|ying|id)|ask(ing|ed)?|request|requesting|provide|reward|compensate|sen(d|ding|t)|pressure|require|expect|trade|exchange|buy|bought|used|incentivi[sz]e|tell|influence|want|wouldn't|would)",
  // Amazon's rules do not allow / prohibit …
  "amazon('s)? ~4 (doesn't|does not|don't|do not|won't|will not|never) ~2 (allow|permit|let)",
  "(amazon|amazon's (rules|policy|policies|guidelines)|policy|policies|rules|guidelines) ~4 (prohibits?|forbids?|bans?|doesn't allow|does not allow|don't allow|do not allow|doesn't permit|does not permit)",
  "(under|per|according to|against) (amazon's|amazon) ~2 (rules|policy|policies|guidelines|terms)",
  "amazon's rules",
  "not (allowed|permitted) to",
  "no (paid reviews|pressure|strings attached)",
  "nothing (is )?(expected|required|needed) (from you|in return)",
  // Sellers warning sellers: "please stop sending 'leave 5 stars for a free gift' inserts"
  "(stop|quit|avoid) (sending|using|doing|offering|printing|including|asking)",
  // Scam warnings: "ignore anyone claiming to be us", "if someone offers you free products for reviews, it isn't us"
  "(claim|pretend)\\w* to be us|impersonat\\w*",
  "(it|that)('s| is)? (not|isn't) us(?=[.!?,;]|$)",
  "(we|i)('re| are)? (not|aren't) ~1 (part|members?|affiliated) (of|with)",
];
