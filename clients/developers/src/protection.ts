/** What an authorization directive of the supergraph means, in German words. */

/** "@requiresScopes(scopes: [["staff"], ["admin"]])" -> "nur mit Rolle staff oder admin". */
export function protectionInWords(directive: string): string {
  if (directive.startsWith('@authenticated')) return 'nur angemeldet';
  const scopes = /^@requiresScopes\(scopes: (.*)\)$/.exec(directive)?.[1];
  if (scopes) {
    const sets = JSON.parse(scopes) as string[][];
    return `nur mit Rolle ${sets.map((set) => set.join(' und ')).join(' oder ')}`;
  }
  return `Regel ${directive}`;
}
