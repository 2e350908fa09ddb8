import { BillingModelName } from '@george/contracts/billing';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { CostOutOfRange, UnknownModel } from '../errors.js';

/** Price of one model in credits per million tokens (10,000 credits = 1 USD). */
export interface Price {
  inputPerMillion: number;
  outputPerMillion: number;
}

export type PriceTable = ReadonlyMap<string, Price>;

/**
 * Defaults, in credits per million tokens, from the public list prices (USD per million tokens
 * times 10,000). `extractive` and `local-embedder` are George's built-in, free components.
 */
export const DEFAULT_PRICES: Record<string, Price> = {
  extractive: { inputPerMillion: 0, outputPerMillion: 0 },
  'local-embedder': { inputPerMillion: 0, outputPerMillion: 0 },
  'gpt-4o-mini': { inputPerMillion: 1_500, outputPerMillion: 6_000 },
  'gpt-4o': { inputPerMillion: 25_000, outputPerMillion: 100_000 },
  'gpt-4.1-mini': { inputPerMillion: 4_000, outputPerMillion: 16_000 },
  'gpt-4.1': { inputPerMillion: 20_000, outputPerMillion: 80_000 },
  'text-embedding-3-small': { inputPerMillion: 200, outputPerMillion: 0 },
  'gemini-2.0-flash': { inputPerMillion: 1_000, outputPerMillion: 4_000 },
  'gemini-2.5-pro': { inputPerMillion: 12_500, outputPerMillion: 100_000 },
};

const PerMillion = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

/** `BILLING_PRICES`: models (named as the API names them) and their prices. */
const PriceOverrides = Type.Record(
  BillingModelName,
  Type.Object({ inputPerMillion: PerMillion, outputPerMillion: PerMillion }, { additionalProperties: false }),
  { additionalProperties: false },
);

/**
 * Parses `BILLING_PRICES`: a JSON object `{"model": {"inputPerMillion": n, "outputPerMillion": n}}`
 * merged over the defaults (a model given here replaces its default). Throws a plain Error naming
 * the problem; config.ts turns it into a ConfigError naming the variable.
 */
export function parsePrices(raw: string | undefined): PriceTable {
  const table = new Map<string, Price>(Object.entries(DEFAULT_PRICES));
  if (raw === undefined || raw.trim() === '') return table;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('must be a JSON object');
  }
  const problem = Value.Errors(PriceOverrides, parsed).First();
  if (problem) throw new Error(`${problem.path || 'the value'}: ${problem.message}`);
  for (const [model, price] of Object.entries(Value.Decode(PriceOverrides, parsed))) table.set(model, price);
  return table;
}

const MILLION = 1_000_000n;

/**
 * Cost of a call in whole credits, rounded up: ceil((in * inPrice + out * outPrice) / 1e6), in
 * BigInt so that no product loses precision. Unknown models and costs beyond the safe integer range
 * are a 400 naming the field.
 */
export function costOf(prices: PriceTable, model: string, inputTokens: number, outputTokens: number): number {
  const price = prices.get(model);
  if (!price) throw UnknownModel(model, { field: 'model' });
  const micro =
    BigInt(inputTokens) * BigInt(price.inputPerMillion) +
    BigInt(outputTokens) * BigInt(price.outputPerMillion);
  const cost = (micro + MILLION - 1n) / MILLION;
  if (cost > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw CostOutOfRange({ field: 'inputTokens' });
  }
  return Number(cost);
}
