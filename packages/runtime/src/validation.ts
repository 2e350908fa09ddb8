import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';

// ajv-formats ships CommonJS with a default export; under NodeNext it arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const shared: Options = { allErrors: false, useDefaults: true, removeAdditional: false, strict: false };

/**
 * Bodies are validated without type coercion: a JSON string is never accepted where a number is
 * required ("100" for an amount is a 400). Query strings, params and headers are text by nature, so
 * their validator coerces.
 */
const bodyAjv = addFormats(new Ajv({ ...shared, coerceTypes: false }));
const textAjv = addFormats(new Ajv({ ...shared, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  // Fastify types the schema as unknown and its validator apart from Ajv's: the two casts bridge the libraries' types.
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

/**
 * A validation error's message, each failure as "<part>/<path> <reason>". An enum (a union of
 * constants, as the contracts' `StringEnum` writes it) fails once per allowed value and then once
 * for the union; those are folded into one "must be one of: a, b, c", which names what is allowed.
 */
export function validationMessage(errors: readonly FastifySchemaValidationError[], part: string): string {
  const branchesOf = (union: FastifySchemaValidationError) =>
    errors.filter(
      (error) =>
        error.instancePath === union.instancePath && error.schemaPath.startsWith(`${union.schemaPath}/`),
    );
  const allowedValues = new Map<FastifySchemaValidationError, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const branches = branchesOf(error);
    if (branches.length > 0 && branches.every((branch) => branch.keyword === 'const')) {
      allowedValues.set(
        error,
        branches.map((branch) => String(branch.params.allowedValue)),
      );
    }
  }
  const folded = new Set([...allowedValues.keys()].flatMap(branchesOf));
  return errors
    .filter((error) => !folded.has(error))
    .map((error) => {
      const allowed = allowedValues.get(error);
      return `${part}${error.instancePath} ${allowed ? `must be one of: ${allowed.join(', ')}` : error.message}`;
    })
    .join(', ');
}
