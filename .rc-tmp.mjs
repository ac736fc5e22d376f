import { check } from "recheck";
process.env.RECHECK_BACKEND ??= "native";
const srcs = process.argv.slice(2);
for (const s of srcs) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`, "gu");
  const r = await check(re.source, re.flags, { timeout: 30000 });
  console.log(r.status, r.status === "vulnerable" ? r.complexity.type : "", s);
}
