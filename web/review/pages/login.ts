import { api, ApiError, session } from '../api.js';
import type { Me } from '../api-types.js';
import { h, replace } from '../dom.js';

/**
 * The sign-in form: the reviewer pastes an API key, which is checked against the service and kept
 * in sessionStorage only (never a cookie, never a URL).
 */
export function renderLogin(root: HTMLElement, done: (me: Me) => void): void {
  const input = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, 'aria-describedby': 'key-help' });
  const error = h('p', { id: 'login-error', class: 'error', role: 'alert' });
  const form = h(
    'form',
    {
      class: 'login',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const key = input.value.trim();
        if (!key) return;
        replace(error);
        api.me(key).then(
          (me) => {
            session.set(key);
            session.setMe(me);
            input.value = '';
            done(me);
          },
          (err: unknown) => {
            replace(error, err instanceof ApiError && (err.status === 401 || err.status === 403) ? 'That key was not accepted (unknown, revoked, or without a review role).' : 'The service could not be reached.');
            input.focus();
          },
        );
      },
    },
    h('h1', {}, 'Sign in to review'),
    h('label', { for: 'api-key' }, 'API key'),
    input,
    h('p', { id: 'key-help', class: 'hint' }, 'Paste the key your QA lead created with ', h('code', {}, 'radlabel keys create --role review'), '. It is kept for this browser tab only.'),
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'),
    error,
  );
  replace(root, form);
  input.focus();
}
