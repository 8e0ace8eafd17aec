/** Announces a status (saved, accepted, failed) through the page's aria-live regions. */
export function announce(message: string, kind: 'status' | 'error' = 'status'): void {
  const region = document.getElementById(kind === 'error' ? 'live-error' : 'live-status');
  if (!region) return;
  // Clearing first makes a screen reader repeat an identical message ("Saved" twice in a row).
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 20);
}
