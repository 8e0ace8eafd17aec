/**
 * A pipeline stage: one step that turns an input into an output for one report. Stages are
 * composed by the pipeline runner; adapters (CLI, HTTP, workers) never call a stage's internals.
 */
export interface Stage<I, O> {
  readonly name: string;
  run(input: I): O | Promise<O>;
}
