/** Types of scripts/ascii-js.mjs, for the tests that import it. */
export declare function escapeNonAscii(text: string): string;
export declare function asciiOnly(text: string): { text: string; ascii: boolean };
