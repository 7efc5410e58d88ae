/** The schema reference the page shows, as the build writes it (scripts/reference.ts). */
export interface ReferenceArgument {
  name: string;
  type: string;
  description?: string;
  defaultValue?: string;
}

export interface ReferenceField {
  name: string;
  type: string;
  description?: string;
  args: ReferenceArgument[];
  /** The authorization directives on the field, as written in the supergraph, e.g. `@authenticated`. */
  protection: string[];
  deprecated?: string;
}

export interface ReferenceType {
  name: string;
  kind: 'object' | 'input' | 'enum' | 'scalar' | 'interface' | 'union';
  description?: string;
  /** Fields of objects, interfaces and inputs. */
  fields: ReferenceField[];
  /** Values of enums, members of unions. */
  values: string[];
  protection: string[];
}
