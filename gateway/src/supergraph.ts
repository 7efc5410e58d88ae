import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '@kaarst/kit';

/**
 * Serves the composed supergraph from a file and reloads it when the file
 * changes (polling, so replaced files and Kubernetes ConfigMap swaps count
 * too). A file that does not load leaves the running graph in place.
 */
export function supergraphFromFile(file: string, log: Logger, intervalMs = 1000): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = readFileSync(file, 'utf8');
      const onChange = () => {
        let next: string;
        try {
          next = readFileSync(file, 'utf8');
        } catch (err) {
          log.error({ err, file }, 'supergraph file unreadable; keeping the loaded graph');
          return;
        }
        if (next === current) return;
        try {
          update(next);
          current = next;
          log.info({ file }, 'supergraph reloaded');
        } catch (err) {
          log.error({ err, file }, 'new supergraph rejected; keeping the loaded graph');
        }
      };
      watchFile(file, { interval: intervalMs }, onChange);
      return { supergraphSdl: current, cleanup: async () => unwatchFile(file, onChange) };
    },
  };
}
