import type { Me } from './api-types.js';
import type { Route } from './route.js';

/** What every page gets: who is signed in, and how to move to another page. */
export interface PageContext {
  me: Me;
  go: (r: Route) => void;
}

/** A page renders into the main region and returns its clean-up (key listeners, timers). */
export type Page = (root: HTMLElement, ctx: PageContext) => Promise<(() => void) | void>;

/** Roles that may adjudicate (admin may do everything). */
export const canAdjudicate = (me: Me): boolean => me.role === 'adjudicate' || me.role === 'admin';
