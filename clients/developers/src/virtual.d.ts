declare module 'virtual:hub-schema' {
  import type { ReferenceType } from './reference-model.ts';
  /** schema/api.graphql as it was when the page was built. */
  export const apiSdl: string;
  export const reference: ReferenceType[];
}
