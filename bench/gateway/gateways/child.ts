/** What every gateway process of the benchmark does once it serves: say so, and stop on SIGTERM. */
export function ready(url: string, stop: () => Promise<unknown>): void {
  process.on('SIGTERM', () => void stop().finally(() => process.exit(0)));
  process.stdout.write(`${JSON.stringify({ type: 'ready', url })}\n`);
}
