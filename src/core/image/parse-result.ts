// The reference grammar reports the first failing rule as a value: ggcr tries a tag parse, then a
// digest parse, and only the summary of both failures reaches the user.

export type Result<T> = T | { error: string };

export const isError = (r: unknown): r is { error: string } => typeof r === 'object' && r !== null && 'error' in r;
