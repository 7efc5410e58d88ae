/**
 * How the gateway says no before anything runs: one 400 error shape for plugin
 * hooks, and the codes Apollo Server would otherwise lose or leave out.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const TOO_MANY_TOKENS = 'TOO_MANY_TOKENS';

/** An error thrown from a request hook: Apollo Server answers it with HTTP 400. */
export const refusal = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400, headers: new Map() } } });

/**
 * Apollo Server files every validation error under GRAPHQL_VALIDATION_FAILED
 * and every parse error under GRAPHQL_PARSE_FAILED, and leaves some caller
 * mistakes without a code: give each its own code back.
 */
export function restoreErrorCodes(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const withCode = (code: string) => ({ ...formatted, extensions: { ...formatted.extensions, code } });
  const code = formatted.extensions?.code;
  // Our validation rules (the limits) report errors that carry their own code.
  const original = ((error as GraphQLError | undefined)?.originalError as GraphQLError | undefined)
    ?.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof original === 'string') return withCode(original);
  // graphql-js' parser stops at `maxTokens` with this message (its spelling: "more that"); no code of its own.
  if (
    code === 'GRAPHQL_PARSE_FAILED' &&
    /Document contains more (?:than|that) \d+ tokens/.test(formatted.message)
  )
    return withCode(TOO_MANY_TOKENS);
  // Apollo's persisted-query checks raise these without a code (they would read INTERNAL_SERVER_ERROR).
  if (formatted.message === 'provided sha does not match query') return withCode('BAD_REQUEST');
  if (formatted.message === 'Unsupported persisted query version')
    return withCode('PERSISTED_QUERY_NOT_SUPPORTED');
  // Any other refusal Apollo answers with a 4xx but no code is the caller's mistake, not ours.
  const status = ((error as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined)
    ?.status;
  if (code === 'INTERNAL_SERVER_ERROR' && status !== undefined && status >= 400 && status < 500)
    return withCode('BAD_REQUEST');
  return formatted;
}

/**
 * graphql-js' validation suggests names ("Did you mean \"appointmentServices\"?"):
 * in production that spells out the schema to anyone guessing (introspection is
 * off there). Apollo Server drops them for HTTP (hideSchemaDetailsFromClientErrors);
 * this does the same for WebSocket and SSE.
 */
export function withoutSuggestions(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    const message = error.message.replace(/ ?Did you mean(.+?)\?$/, '');
    return message === error.message
      ? error
      : new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions });
  });
}
