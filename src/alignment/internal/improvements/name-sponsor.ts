import type { Side } from '../../../model/side.js';
import type { Candidate, CandidateBuilder } from './candidate.js';
import { uniqueId } from './candidate.js';

/** `name-sponsor`: an executive sponsor, to be named, on each side a `sponsor-missing` finding names. */
export const nameSponsor: CandidateBuilder = (context, findings) => {
  const taken = context.document.charter.stakeholders.map((p) => p.id);
  return findings.flatMap((finding): Candidate[] => {
    // Each sponsor-missing finding names its side (governance).
    const side = finding.params['side'] as Side;
    const id = uniqueId(`${side}-executive-sponsor`, taken);
    return [
      {
        kind: 'name-sponsor',
        subject: side,
        addresses: [finding.code],
        description: `Name an executive sponsor on the ${side} side`,
        changes: [`charter.stakeholders: add ${id} (${side}, executive-sponsor, to be named)`],
        patch: [
          {
            op: 'add',
            path: '/charter/stakeholders/-',
            value: { id, side, name: 'To be named', role: 'executive-sponsor' },
          },
        ],
      },
    ];
  });
};
