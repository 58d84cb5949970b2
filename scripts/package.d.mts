/** Zips `sourceDir` into `artifactsDir`/`filename` (web-ext build), replacing an older archive; resolves with its path. */
export function pack(sourceDir: string, filename: string, artifactsDir?: string): Promise<string>;
