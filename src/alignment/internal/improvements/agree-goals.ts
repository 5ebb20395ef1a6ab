import type { Candidate, CandidateBuilder } from './candidate.js';
import { codesOf, indexIn, representatives } from './candidate.js';

function agree(status: 'assigned' | 'proposed'): CandidateBuilder {
  return (context, findings) => {
    const signatories = representatives(context.document);
    // One finding per status lists its goals in document order, each once.
    const indices = findings.flatMap((finding) => indexIn(finding, 'goals'));
    if (signatories.length === 0) return [];
    const provenance = { status: 'agreed', agreedBy: signatories, agreedOn: context.asOf };
    const n = indices.length;
    const candidate: Candidate = {
      kind: status === 'assigned' ? 'agree-assigned-goals' : 'agree-proposed-goals',
      subject: 'goals',
      addresses: codesOf(findings),
      description: `Agree the ${n} ${status} period goal${n === 1 ? '' : 's'} with the partner`,
      changes: indices.map(
        (index) =>
          `goals[${index}].provenance: ${status} → agreed by ${signatories.join(' and ')} on ${context.asOf}`,
      ),
      patch: indices.map((index) => ({
        op: 'replace',
        path: `/goals/${index}/provenance`,
        value: provenance,
      })),
    };
    return [candidate];
  };
}

/** `agree-assigned-goals`: record the assigned goals as agreed by both sides' representatives on `asOf`. */
export const agreeAssignedGoals: CandidateBuilder = agree('assigned');

/** `agree-proposed-goals`: record the proposed goals as agreed by both sides' representatives on `asOf`. */
export const agreeProposedGoals: CandidateBuilder = agree('proposed');
