import { api, ApiError, session } from './api.js';
import type { Me } from './api-types.js';
import { canAdjudicate, type Page, type PageContext } from './context.js';
import { h, replace } from './dom.js';
import { helpOpen, toggleHelp } from './help.js';
import { keyAction } from './keys.js';
import { announce } from './live.js';
import { adjudicationPage } from './pages/adjudication.js';
import { dashboardPage } from './pages/dashboard.js';
import { renderLogin } from './pages/login.js';
import { reportPage } from './pages/report.js';
import { worklistPage } from './pages/worklist.js';
import { worklistsPage } from './pages/worklists.js';
import { parseRoute, routeHash, type Route } from './route.js';

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
let me: Me | null = null;
let cleanup: (() => void) | void = undefined;
let generation = 0;

function pageFor(r: Route): Page {
  switch (r.page) {
    case 'item':
      return reportPage('review', r.itemId);
    case 'adjudicate':
      return reportPage('adjudicate', r.itemId);
    case 'worklist':
      return worklistPage(r.worklistId);
    case 'adjudication':
      return adjudicationPage(r.worklistId);
    case 'dashboard':
      return dashboardPage(r.worklistId);
    default:
      return worklistsPage;
  }
}

function renderNav(who: Me | null, r: Route): void {
  if (!who) {
    replace(nav);
    return;
  }
  const link = (to: Route, text: string) => h('a', { href: routeHash(to), 'aria-current': r.page === to.page ? 'page' : null }, text);
  replace(
    nav,
    h('ul', {}, h('li', {}, link({ page: 'worklists' }, 'Worklists')), canAdjudicate(who) ? h('li', {}, link({ page: 'adjudication' }, 'Adjudication')) : null, h('li', {}, link({ page: 'dashboard' }, 'Dashboard'))),
    h('button', { type: 'button', onclick: toggleHelp, 'aria-keyshortcuts': '?' }, 'Keys (?)'),
    h('span', { class: 'who' }, 'Signed in as ', h('strong', { id: 'who-name' }, who.name), ' · ', h('span', { id: 'who-role' }, who.role)),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          session.clear();
          me = null;
          location.hash = '#/login';
        },
      },
      'Sign out',
    ),
  );
}

async function show(): Promise<void> {
  const mine = ++generation;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  const r = parseRoute(location.hash);
  if (!me && session.key()) {
    me = session.me();
    if (me) {
      // Re-checked in the background: a revoked key is signed out, a changed role re-renders the menu.
      void api.me().then(
        (fresh) => {
          session.setMe(fresh);
          if (me && (fresh.role !== me.role || fresh.name !== me.name)) {
            me = fresh;
            renderNav(fresh, parseRoute(location.hash));
          }
        },
        (err: unknown) => {
          if (err instanceof ApiError && err.status === 401) {
            session.clear();
            me = null;
            void show();
          }
        },
      );
    } else {
      try {
        me = await api.me();
        session.setMe(me);
      } catch {
        session.clear();
      }
    }
  }
  if (!me || r.page === 'login') {
    renderNav(null, r);
    renderLogin(main, (who) => {
      me = who;
      location.hash = r.page === 'login' ? '#/worklists' : location.hash;
      void show();
    });
    return;
  }
  const who = me;
  renderNav(who, r);
  const ctx: PageContext = { me: who, go: (to) => (location.hash = routeHash(to)) };
  main.setAttribute('aria-busy', 'true');
  try {
    const done = await pageFor(r)(main, ctx);
    // A slower page that finished after the reviewer moved on must not keep its key listener.
    if (mine !== generation) {
      if (typeof done === 'function') done();
      return;
    }
    cleanup = done;
  } catch (err) {
    if (mine !== generation) return;
    if (err instanceof ApiError && err.status === 401) {
      session.clear();
      me = null;
      location.hash = '#/login';
      return;
    }
    replace(main, h('h1', {}, 'Could not open this page'), h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? `${err.message}${err.code ? ` (${err.code})` : ''}` : 'The service could not be reached.'));
    announce('Could not open this page', 'error');
  } finally {
    if (mine === generation) main.removeAttribute('aria-busy');
  }
}

document.addEventListener('keydown', (e) => {
  const el = document.activeElement;
  const typing = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  if (keyAction(e, typing ? 'text-field' : 'other')?.kind !== 'help') return;
  e.preventDefault();
  if (me || helpOpen()) toggleHelp();
});
// The skip link is a button: an in-page anchor would change the hash, which is the router's.
document.getElementById('skip')?.addEventListener('click', () => main.focus());
window.addEventListener('hashchange', () => void show());
void show();
