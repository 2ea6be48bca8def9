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
 * is covered by the leak matrix and the input fuzz without anyone remembering to add it.
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

/** Where a value goes inside an operation's variables, e.g. ['id'] or ['input', 'extraItems', '0'] (a list item). */
export type IdSlot = readonly string[];

/** A String or ID argument or input field, and the schema coordinate its rules are kept under. */
export interface TextSlot {
  readonly path: readonly string[];
  readonly scalar: 'String' | 'ID';
  /** `Type.field` for an input field, `Type.field(arg:)` for an argument. */
  readonly coordinate: string;
}

export interface RootOperation {
  readonly kind: OperationKind;
  readonly field: GraphQLField<unknown, unknown>;
  readonly document: string;
  /** Every ID-typed argument or input field, required or not. */
  readonly idSlots: readonly IdSlot[];
  /** Every String- or ID-typed argument or input field, required or not, through lists and nested inputs. */
  readonly textSlots: readonly TextSlot[];
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

function textSlotsOf(type: GraphQLInputType, path: readonly string[], coordinate: string, seen: ReadonlySet<string>): TextSlot[] {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  if (inner instanceof GraphQLList) return textSlotsOf(inner.ofType, [...path, '0'], coordinate, seen);
  if (inner instanceof GraphQLScalarType) return inner.name === 'ID' || inner.name === 'String' ? [{ path, scalar: inner.name, coordinate }] : [];
  if (inner instanceof GraphQLInputObjectType && !seen.has(inner.name)) {
    const next = new Set(seen).add(inner.name);
    return Object.values(inner.getFields()).flatMap((f) => textSlotsOf(f.type, [...path, f.name], `${inner.name}.${f.name}`, next));
  }
  return [];
}

/** Each root field of the given kinds with all its arguments as variables and a full selection set. */
export function rootOperations(schema: GraphQLSchema, kinds: readonly OperationKind[] = ['query', 'mutation']): RootOperation[] {
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
  return kinds.flatMap((kind) => {
    const root = roots[kind];
    return Object.values(root?.getFields() ?? {}).map((field) => {
      const params = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind}${params ? ` (${params})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
      const textSlots = field.args.flatMap((a) => textSlotsOf(a.type, [a.name], `${root!.name}.${field.name}(${a.name}:)`, new Set()));
      return { kind, field, document, textSlots, idSlots: textSlots.filter((t) => t.scalar === 'ID').map((t) => t.path) };
    });
  });
}

/** How to fill a value the operation needs; return undefined to use the generic sample. */
export type ValueChooser = (path: readonly string[], type: GraphQLInputType) => unknown;

/** A valid-looking value for every required argument and input field, every ID slot, and everything on the way to `include`. */
export function sampleVariables(operation: RootOperation, choose: ValueChooser, include: readonly string[] = []): Record<string, unknown> {
  const wanted = (type: GraphQLInputType, path: readonly string[]) =>
    type instanceof GraphQLNonNull || getNamedType(type).name === 'ID' || path.every((key, i) => include[i] === key);
  const sample = (type: GraphQLInputType, path: readonly string[]): unknown => {
    const inner = type instanceof GraphQLNonNull ? type.ofType : type;
    // Lists are filled item by item, so a chooser's value lands where an id slot points (path ... '0').
    if (inner instanceof GraphQLList) return [sample(inner.ofType, [...path, '0'])];
    const chosen = choose(path, type);
    if (chosen !== undefined) return chosen;
    if (inner instanceof GraphQLEnumType) return inner.getValues()[0]!.value;
    if (inner instanceof GraphQLInputObjectType) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(inner.getFields())) {
        if (wanted(f.type, [...path, f.name])) out[f.name] = sample(f.type, [...path, f.name]);
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
    if (wanted(arg.type, [arg.name])) variables[arg.name] = sample(arg.type, [arg.name]);
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
