import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLScalarType,
  type GraphQLSchema,
  isLeafType,
} from 'graphql';

/**
 * Operations generated from the hub's schema as it introspects, so a new query, mutation or field
 * is covered by the leak and fuzz tests without anyone remembering to add it.
 */

/** Reads the schema the way a client would: by introspecting the running hub (test mode). */
export async function introspectHub(base: string, token: string): Promise<GraphQLSchema> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data: Parameters<typeof buildClientSchema>[0] };
  return buildClientSchema(body.data);
}

/** Every field of a type, recursively, leaving out fields that need arguments and type cycles. */
export function selectionOf(type: GraphQLOutputType, maxDepth = 6, path: readonly string[] = []): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!(named instanceof GraphQLObjectType) || path.includes(named.name) || path.length >= maxDepth) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined)) continue;
    const fieldType = getNamedType(field.type);
    if (isLeafType(fieldType)) {
      parts.push(field.name);
      continue;
    }
    const inner = selectionOf(field.type, maxDepth, [...path, named.name]);
    if (inner) parts.push(`${field.name} ${inner}`);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

/** Where an ID goes inside an operation's variables, e.g. ['id'] or ['input', 'visitId']. */
export type IdSlot = readonly string[];

export interface RootOperation {
  readonly kind: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
  readonly document: string;
  /** Every ID-typed argument or input field, required or not. */
  readonly idSlots: readonly IdSlot[];
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

function idSlotsOf(type: GraphQLInputType, path: readonly string[], seen: Set<string>): IdSlot[] {
  const named = getNamedType(type);
  if (named instanceof GraphQLScalarType) return named.name === 'ID' ? [path] : [];
  if (named instanceof GraphQLInputObjectType && !seen.has(named.name)) {
    const next = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((f) => idSlotsOf(f.type, [...path, f.name], next));
  }
  return [];
}

/** Each root query and mutation with all its arguments as variables and a full selection set. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const roots: [RootOperation['kind'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const params = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind}${params ? ` (${params})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
      return { kind, field, document, idSlots: field.args.flatMap((a) => idSlotsOf(a.type, [a.name], new Set())) };
    }),
  );
}

/** How to fill a value the operation needs; return undefined to use the generic sample. */
export type ValueChooser = (path: readonly string[], type: GraphQLInputType) => unknown;

/** A valid-looking value for every required argument and input field, and for every ID slot. */
export function sampleVariables(operation: RootOperation, choose: ValueChooser): Record<string, unknown> {
  const sample = (type: GraphQLInputType, path: readonly string[]): unknown => {
    const chosen = choose(path, type);
    if (chosen !== undefined) return chosen;
    const inner = type instanceof GraphQLNonNull ? type.ofType : type;
    if (inner instanceof GraphQLList) return [sample(inner.ofType, path)];
    if (inner instanceof GraphQLEnumType) return inner.getValues()[0]!.value;
    if (inner instanceof GraphQLInputObjectType) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(inner.getFields())) {
        const isId = getNamedType(f.type).name === 'ID';
        if (f.type instanceof GraphQLNonNull || isId) out[f.name] = sample(f.type, [...path, f.name]);
      }
      return out;
    }
    switch ((inner as GraphQLScalarType).name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-01-05T09:00:00Z';
      default:
        return 'Synthetische tekst';
    }
  };
  const variables: Record<string, unknown> = {};
  for (const arg of operation.field.args) {
    if (arg.type instanceof GraphQLNonNull || getNamedType(arg.type).name === 'ID') variables[arg.name] = sample(arg.type, [arg.name]);
  }
  return variables;
}

/** A copy of `variables` with `value` at `slot`. */
export function withValueAt(variables: Record<string, unknown>, slot: IdSlot, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let target = copy;
  for (const key of slot.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[slot[slot.length - 1]!] = value;
  return copy;
}
