/**
 * Findings the seller chose to ignore, for this page's life. Only a hash of the rule
 * and the normalized excerpt is kept, never the seller's text. In memory only: page
 * storage (sessionStorage) belongs to the page. The service worker keeps the tab's
 * list (worker-link.ts): a key added here is sent there, and the tab's keys come back
 * at start and whenever another frame of the tab adds one.
 */

/** Case, width and spacing differences do not make a new finding. */
export function normalizeExcerpt(excerpt: string): string {
  return excerpt.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** 64 bits of FNV-1a (two 32-bit lanes with different offsets) as 16 hex digits. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export function ignoreKey(ruleId: string, excerpt: string): string {
  return hashText(`${ruleId}\u0000${normalizeExcerpt(excerpt)}`);
}

export class IgnoreList {
  #keys = new Set<string>();

  /** Adds the finding; returns its key. */
  add(finding: { ruleId: string; excerpt: string }): string {
    const key = ignoreKey(finding.ruleId, finding.excerpt);
    this.#keys.add(key);
    return key;
  }

  /** Adds keys from the tab's list; true when any was new. */
  merge(keys: readonly string[]): boolean {
    const before = this.#keys.size;
    for (const key of keys) this.#keys.add(key);
    return this.#keys.size > before;
  }

  has(finding: { ruleId: string; excerpt: string }): boolean {
    return this.#keys.size > 0 && this.#keys.has(ignoreKey(finding.ruleId, finding.excerpt));
  }

  /** The stored hashes. */
  hashes(): string[] {
    return [...this.#keys];
  }
}
