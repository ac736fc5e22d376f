export declare const TARGETS: string[];
export declare const GECKO_ID: string;
export declare const FIREFOX_MIN_VERSION: string;
export declare function manifestFor(target: string, manifest: Record<string, unknown>): Record<string, unknown>;
export declare function forStore(manifest: Record<string, unknown>): Record<string, unknown>;
