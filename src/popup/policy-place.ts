/**
 * Where a category's policy sentence sits in Amazon's policy, from its `policyRef` ("P0, P6",
 * "C1"): P0 is the opening paragraph of "Inappropriate product reviews", P1–P10 its ten
 * prohibited activities in order, C1–C2 the Communication Guidelines.
 */
import { t } from "./i18n.ts";

export function policyPlace(policyRef: string): string {
  const places: string[] = [];
  for (const ref of policyRef.split(/[,\s]+/).filter(Boolean)) {
    const place = ref === "P0" ? t("policyPlaceIntro") : /^P\d+$/.test(ref) ? t("policyPlaceActivity", ref.slice(1)) : /^C\d+$/.test(ref) ? t("policyPlaceComm") : ref;
    if (!places.includes(place)) places.push(place);
  }
  return places.join("; ");
}
