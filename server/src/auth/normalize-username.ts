/** Usernames are compared trimmed and lower-cased (ASCII letters, digits, `.`, `_`, `-`). */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
