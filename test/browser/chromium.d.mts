export declare const NO_CHROMIUM: string;
export declare function chromiumPath(): string | undefined;
export declare function extensionArgs(extensionDir: string, extra?: string[]): string[];
