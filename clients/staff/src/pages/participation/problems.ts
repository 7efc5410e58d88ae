/** The graph's error codes as the participation screens tell them (German). */
const PROBLEMS: Record<string, string> = {
  BAD_USER_INPUT: 'Die Angaben passen nicht (bitte prüfen).',
  CONFLICT: 'Das geht in diesem Zustand nicht (mehr).',
  FORBIDDEN: 'Dafür fehlen die Rechte (oder die Person ist nicht verifiziert).',
  NOT_FOUND: 'Das gibt es nicht (mehr).',
  UNAUTHENTICATED: 'Bitte melden Sie sich neu an.',
};

export const problemText = (code: string | undefined) =>
  `Nicht möglich: ${PROBLEMS[code ?? ''] ?? 'Unbekannter Fehler, bitte erneut versuchen.'}`;
