import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '@kaarst/kit/common';
import { extractAuthorization, type Requirements } from '../authorization/requirements.ts';

/**
 * Serves the composed supergraph from a file and reloads it when the file
 * changes (polling, so replaced files and Kubernetes ConfigMap swaps count
 * too). A file that does not load leaves the running graph in place.
 * The authorization directives go to `onAuthorization` (the hub enforces them),
 * the rest to the gateway.
 */
export function supergraphFromFile(
  file: string,
  log: Logger,
  onAuthorization: (requirements: Requirements) => void,
  intervalMs = 1000,
): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = readFileSync(file, 'utf8');
      let previous = extractAuthorization(current);
      onAuthorization(previous.requirements);
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
          const extracted = extractAuthorization(next);
          // New rules before the new schema: no field of it runs without its rules.
          onAuthorization(extracted.requirements);
          try {
            update(extracted.sdl);
          } catch (err) {
            onAuthorization(previous.requirements);
            throw err;
          }
          previous = extracted;
          current = next;
          log.info({ file }, 'supergraph reloaded');
        } catch (err) {
          log.error({ err, file }, 'new supergraph rejected; keeping the loaded graph');
        }
      };
      watchFile(file, { interval: intervalMs }, onChange);
      return { supergraphSdl: previous.sdl, cleanup: async () => unwatchFile(file, onChange) };
    },
  };
}
