// `npm run package`: the store uploads, from the build in dist/ (npm run package builds first).
//   dist/packages/outreach-guard-<version>-chrome.zip    Chrome Web Store (and Edge Add-ons)
//   dist/packages/outreach-guard-<version>-firefox.zip   addons.mozilla.org
//   dist/packages/outreach-guard-<version>-source.zip    the source Mozilla's review asks for:
//                                                        every file git tracks (or would: new files
//                                                        not ignored), without node_modules or dist
// The Chrome zip's manifest has no `key` (the store assigns the id and rejects or ignores one);
// dist/chrome keeps it for unpacked use. Entries are sorted and dated 1980-01-01, so the same
// tree always gives the same zip.
//
// fflate (a dependency-free zip library) writes the archives: the `zip` command is not on
// every seller's or reviewer's machine (Windows has none), and web-ext's `build` packs only
// Firefox's folder.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { forStore } from "./manifest-patches.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outDir = join(root, "dist/packages");
// The earliest date a zip can hold; a fixed one makes the archives reproducible.
const MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Writes a zip of `entries` (path → bytes) and prints its name, size and SHA-256. */
function writeZip(file, entries) {
  const tree = {};
  for (const path of Object.keys(entries).sort()) tree[path] = [entries[path], { mtime: MTIME, level: 9 }];
  const bytes = zipSync(tree);
  writeFileSync(join(outDir, file), bytes);
  const sha = createHash("sha256").update(bytes).digest("hex");
  console.log(`dist/packages/${file}  ${(bytes.byteLength / 1024).toFixed(1)} KB  ${Object.keys(entries).length} files  sha256 ${sha}`);
}

/** The unpacked extension in dist/<target>, its manifest passed through `patch`. */
function extensionEntries(target, patch) {
  const dir = join(root, "dist", target);
  if (!existsSync(join(dir, "manifest.json"))) {
    console.error(`No build at dist/${target}: run npm run build first (npm run package does).`);
    process.exit(1);
  }
  const entries = {};
  for (const path of filesUnder(dir)) entries[path] = readFileSync(join(dir, path));
  const manifest = patch(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")));
  if (manifest.version !== version) {
    console.error(`dist/${target}/manifest.json has version ${manifest.version}, package.json ${version}: rebuild.`);
    process.exit(1);
  }
  entries["manifest.json"] = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  return entries;
}

/** The source tree as git sees it: tracked files plus new ones that are not ignored. */
function sourceEntries() {
  let listing;
  try {
    listing = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  } catch {
    console.error("The source zip is made from git's file list: run npm run package in a git checkout.");
    process.exit(1);
  }
  const entries = {};
  for (const path of listing.split("\0")) {
    if (!path || /^(node_modules|dist)\//.test(path)) continue;
    const full = join(root, path);
    // A file deleted in the work tree but still in the index is not part of the source.
    if (existsSync(full) && statSync(full).isFile()) entries[path] = readFileSync(full);
  }
  return entries;
}

mkdirSync(outDir, { recursive: true });
writeZip(`${name}-${version}-chrome.zip`, extensionEntries("chrome", forStore));
writeZip(`${name}-${version}-firefox.zip`, extensionEntries("firefox", (m) => m));
writeZip(`${name}-${version}-source.zip`, sourceEntries());
console.log("Source build for reviewers: README.md, \"Building from source\".");
