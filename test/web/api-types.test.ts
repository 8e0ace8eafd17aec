import { describe, expectTypeOf, it } from 'vitest';
import type { ViewLabel, ViewMention } from '../../src/review/report-view.js';
import type { CreateWorklist, LabelValue as ServerLabelValue } from '../../src/review/review-schemas.js';
import type { CreateWorklistBody, LabelRow, LabelValue, Mention } from '../../web/review/api-types.js';

/**
 * The browser's copy of the API types (web/review/api-types.ts; the browser build has no zod)
 * checked against the back end's: `npm run typecheck` fails when either side changes a field the
 * other relies on. (vitest runs the file too; the checks are at compile time.)
 */
describe('web/review/api-types.ts matches the back end', () => {
  it('reads what the server sends and sends what the server accepts', () => {
    expectTypeOf<ServerLabelValue>().toEqualTypeOf<LabelValue>();
    expectTypeOf<ViewMention>().toExtend<Mention>();
    expectTypeOf<ViewLabel>().toExtend<LabelRow>();
    expectTypeOf<CreateWorklistBody>().toExtend<CreateWorklist>();
  });
});
