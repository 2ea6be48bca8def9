import { isUUID } from 'class-validator';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type GraphQLSchema,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { FieldIssue } from '#domain';
import { maxLengthAt } from './input-limits.js';

/**
 * The input rule for every operation, whatever its transport: each String is text Postgres can
 * store (no NUL, well-formed UTF-16) within its maximum length, and each ID is a UUID (every ID the
 * API takes is one: referrals, visits, topics, service points, accounts). Literals and variable
 * values are both checked, through lists and nested input objects, before any resolver runs.
 */
export function inputIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): FieldIssue[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const issues: FieldIssue[] = [];
  const values = variables ?? {};
  const defaults = new Map(operation.variableDefinitions?.map((d) => [d.variable.name.value, d.defaultValue]) ?? []);

  const checkScalar = (value: unknown, type: GraphQLInputType, path: readonly string[], coordinate: string) => {
    const named = getNamedType(type);
    if (named.name === 'ID') {
      // GraphQL accepts an integer as an ID; it is no more a UUID than any other malformed text.
      if ((typeof value === 'string' || typeof value === 'number') && !isUUID(String(value))) issues.push({ path, message: 'must be a valid id' });
    } else if (named.name === 'String' && typeof value === 'string') {
      issues.push(...textIssues(value, maxLengthAt(coordinate)).map((message) => ({ path, message })));
    }
  };

  /** A value from the variables, as JSON. */
  const checkValue = (value: unknown, type: GraphQLInputType, path: readonly string[], coordinate: string): void => {
    const inner = getNullableType(type);
    if (value === null || value === undefined) return;
    if (isListType(inner)) {
      // A single value where a list is expected is coerced into a list of one.
      if (!Array.isArray(value)) return checkValue(value, inner.ofType, path, coordinate);
      value.forEach((item, i) => checkValue(item, inner.ofType, [...path, String(i)], coordinate));
    } else if (isInputObjectType(inner)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const field of Object.values(inner.getFields())) {
        checkValue((value as Record<string, unknown>)[field.name], field.type, [...path, field.name], `${inner.name}.${field.name}`);
      }
    } else {
      checkScalar(value, inner, path, coordinate);
    }
  };

  /** A value written in the document, which may hold variables anywhere inside it. */
  const checkLiteral = (node: ValueNode, type: GraphQLInputType, path: readonly string[], coordinate: string): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (values[name] !== undefined) return checkValue(values[name], type, path, coordinate);
      const fallback = defaults.get(name);
      if (fallback) checkLiteral(fallback, type, path, coordinate);
      return;
    }
    const inner = getNullableType(type);
    if (isListType(inner)) {
      if (node.kind !== Kind.LIST) return checkLiteral(node, inner.ofType, path, coordinate);
      node.values.forEach((item, i) => checkLiteral(item, inner.ofType, [...path, String(i)], coordinate));
    } else if (isInputObjectType(inner)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = inner.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (definition) checkLiteral(field.value, definition.type, [...path, definition.name], `${inner.name}.${definition.name}`);
      }
    } else if (node.kind === Kind.STRING || node.kind === Kind.INT) {
      checkScalar(node.value, inner, path, coordinate);
    }
  };

  const typeInfo = new TypeInfo(schema);
  for (const definition of [operation, ...fragmentsUsedBy(document, operation)]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (!argument) return false;
          const directive = typeInfo.getDirective();
          const owner = directive ? `@${directive.name}` : `${typeInfo.getParentType()?.name ?? ''}.${typeInfo.getFieldDef()?.name ?? ''}`;
          checkLiteral(node.value, argument.type, [argument.name], `${owner}(${argument.name}:)`);
          return false;
        },
      }),
    );
  }
  return issues;
}

const LONE_SURROGATE = /\p{Surrogate}/u;

/** What is wrong with one text value; messages never quote it, as it may be personal data. */
export function textIssues(value: string, maxLength: number): string[] {
  const issues: string[] = [];
  if (value.includes('\u0000')) issues.push('must not contain a NUL character');
  if (LONE_SURROGATE.test(value)) issues.push('must be well-formed Unicode text');
  // Counted in code points, so an emoji is one character, as a person counts it.
  if (value.length > maxLength && [...value].length > maxLength) issues.push(`must be at most ${maxLength} characters`);
  return issues;
}

/** Fragment definitions the operation spreads, directly or through other fragments. */
function fragmentsUsedBy(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const all = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = all.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [...used.values()];
}
