/** The signed-in user's credits and usage; operators' cost figures. */
import { Type } from '@sinclair/typebox';

export {
  BillingAccount as BalanceResponse,
  BillingFigures as CostsResponse,
  BillingUsagePage as UsageResponse,
} from '../schemas/billing.js';

export const UsageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
