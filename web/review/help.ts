import { h, replace } from './dom.js';
import { KEY_GUIDE } from './keys.js';

/** Opens or closes the key guide (a modal dialog: Escape closes it and focus returns where it was). */
export function toggleHelp(): void {
  const dialog = document.getElementById('help') as HTMLDialogElement | null;
  if (!dialog) return;
  if (dialog.open) {
    dialog.close();
    return;
  }
  replace(
    dialog,
    h('h2', { id: 'help-title' }, 'Keyboard'),
    h('table', { class: 'keys' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Key'), h('th', { scope: 'col' }, 'Does'))), h('tbody', {}, KEY_GUIDE.map((k) => h('tr', {}, h('td', {}, h('kbd', {}, k.keys)), h('td', {}, k.does))))),
    h('p', {}, 'Keys act on the focused label; typing in a reason box is never taken as a key.'),
    h('form', { method: 'dialog' }, h('button', { type: 'submit' }, 'Close')),
  );
  dialog.showModal();
}

/** True while the key guide is open (the report view then leaves keys to the dialog). */
export const helpOpen = (): boolean => (document.getElementById('help') as HTMLDialogElement | null)?.open === true;
