let installed = false;

/**
 * Makes a closed stdout / stderr pipe (`radlabel quarantine | head`) end the process quietly with
 * exit 0, as Unix tools do, instead of an unhandled EPIPE stack trace. Installed once per process.
 */
export function endQuietlyOnClosedPipe(exit: (code: number) => void = (c) => process.exit(c)): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') exit(0);
      else throw e;
    });
  }
}
