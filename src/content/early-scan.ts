/**
 * The fields a content script's boot (boot.ts) finds before the rest of the script is loaded:
 * one FieldDiscovery that keeps what it finds until the field sessions take over, so the rest
 * of the script starts from it instead of walking the page a second time.
 */
import { type Field, FieldDiscovery } from "./field-discovery.ts";

export class EarlyScan {
  readonly discovery: FieldDiscovery;
  readonly #found = new Set<Field>();
  #onField: ((field: Field) => void) | null = null;

  constructor(root: Document, wrap: (fn: () => void) => () => void) {
    this.discovery = new FieldDiscovery((field) => (this.#onField ? this.#onField(field) : this.#found.add(field)), wrap);
    this.discovery.watch(root);
  }

  /** Fields found from now on go to `onField`; returns the ones found so far. */
  handOver(onField: (field: Field) => void): Field[] {
    this.#onField = onField;
    const found = [...this.#found];
    this.#found.clear();
    return found;
  }
}
