/** `Stage` lives in `src/domain` so stages (de-identification) need no import of the pipeline. */
export type { Stage } from '../domain/stage.js';
