import type { Arbitrary } from 'fast-check';

export declare const ODD_CHARACTERS: readonly string[];
export declare function syllablesOf(texts: readonly string[]): string[];
export declare function unicodeText(maxLength?: number): Arbitrary<string>;
export declare function vietnameseText(syllables: readonly string[], maxTokens?: number): Arbitrary<string>;
export declare function oldTonePlacement(text: string): string;
export type Mutation = [kind: string, a: number, b: number, extra: string, other: number];
export declare function mutation(): Arbitrary<Mutation>;
export declare function applyMutations(seeds: readonly string[], seedIndex: number, mutations: readonly Mutation[]): string;
export declare function mutatedArticle(seeds: readonly string[], maxMutations?: number): Arbitrary<string>;
export declare function pathologicalText(maxRepeat?: number): Arbitrary<string>;
export declare function anyInput(seeds: readonly string[], syllables: readonly string[], maxRepeat?: number): Arbitrary<string>;
export declare function problems(input: string, result: unknown, schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }): string[];
export declare function show(input: string, max?: number): string;
