// What the e2e's checks see of one run: the checked node's outputs, and what the sandboxes and
// the SMTP sink received while it ran (test/e2e/cases.ts CaseContext).
import type { CaseContext, OutputItem } from '../../test/e2e/cases';
import type { LocalServices } from './local-services';
import type { RunningSandbox } from './sandboxes';

export interface Outcome {
	name: string;
	ok: boolean;
	detail: string;
	seconds: number;
}

function sandboxOf(sandboxes: RunningSandbox[], key: string): RunningSandbox {
	const running = sandboxes.find((s) => s.key === key);
	if (!running) throw new Error(`no sandbox "${key}" (there are: ${sandboxes.map((s) => s.key).join(', ')})`);
	return running;
}

/** What a check may look at: the node's outputs, and what the sandboxes and the SMTP sink received since `mark`. */
export function caseContext(
	outputs: OutputItem[][],
	sandboxes: RunningSandbox[],
	services: LocalServices,
	mark: { mails: number; requests: Map<string, number> },
): CaseContext {
	return {
		outputs,
		mails: services.smtp.messages.slice(mark.mails),
		filesDir: services.filesDir,
		requests: (key) => sandboxOf(sandboxes, key).sandbox.requests.slice(mark.requests.get(key) ?? 0),
		sandboxUrl: (key) => sandboxOf(sandboxes, key).url,
	};
}

/** Where the sandboxes' request logs and the SMTP sink's messages stand now. */
export function markNow(sandboxes: RunningSandbox[], services: LocalServices): { mails: number; requests: Map<string, number> } {
	return { mails: services.smtp.messages.length, requests: new Map(sandboxes.map((s) => [s.key, s.sandbox.requests.length])) };
}
