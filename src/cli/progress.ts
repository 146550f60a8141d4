/** A bar redrawn in place on a terminal; elsewhere (CI logs) one line per phase and tenth done. */
export function createProgress(stream: NodeJS.WriteStream, command: string) {
  const tty = stream.isTTY === true;
  let last = '';
  let drawn = false;
  let lastDraw = 0;
  return {
    update(label: string, done: number, total: number, bytes: boolean): void {
      const ratio = total === 0 ? 1 : done / total;
      const amount = bytes ? `${formatBytes(done)}/${formatBytes(total)}` : `${done}/${total}`;
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 50 && done !== total) return;
        lastDraw = now;
        const filled = Math.round(ratio * 30);
        stream.write(`\r${command} ${label.padEnd(7)} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${Math.floor(ratio * 100)}% ${amount}   `);
        drawn = true;
        return;
      }
      const key = `${label}:${Math.floor(ratio * 10)}`;
      if (key !== last) {
        last = key;
        stream.write(`${command}: ${label} ${Math.floor(ratio * 100)}% (${amount})\n`);
      }
    },
    end(): void {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
