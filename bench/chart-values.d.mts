/** Types of bench/chart-values.mjs (plain JavaScript, so the bench runs without a TypeScript loader). */
export declare const NAMESPACES: number
export declare function chartValues(entries: number, options?: { edited?: boolean }): Record<string, unknown>
export declare function chartValuesYaml(entries: number, options?: { edited?: boolean }): string
