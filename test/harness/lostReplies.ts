// What the tests of a lost reply share: the replies a provider may lose after it carried a request
// out (sandbox faults with afterHandler), how to read the sandbox's log of them, and the note a
// node adds to an error after a retried change it could not confirm.
import type { Fault, RecordedRequest } from '../../sandbox/framework';

/** Replies lost after the provider carried the request out, and the status the sandbox logs for each. */
export const LOST_REPLIES: Array<[string, Fault, number | undefined]> = [
	['a connection reset', { kind: 'reset', afterHandler: true }, undefined],
	['a 502', { kind: 'server-error', status: 502, afterHandler: true }, 502],
	['a 503', { kind: 'server-error', status: 503, afterHandler: true }, 503],
	['a cut-off reply', { kind: 'truncated', afterHandler: true }, 200],
];

/** What the sandbox saw: method, path, fault, the handler's status under the fault, the status sent. */
export const seen = (requests: RecordedRequest[]) => requests.map((r) => [r.method, r.path, r.fault, r.handlerStatus, r.status]);

/** What the description adds after a retried change that was not confirmed. */
export const retryNote = (provider: string, attempts: number, found: string) =>
	`An earlier attempt got no usable reply and the request was sent again (${attempts} attempts in all): ` +
	'the first attempt may have been carried out, and this answer may be to the retry. ' +
	`${found}: check in ${provider} before running it again.`;
