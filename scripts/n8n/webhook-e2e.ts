// Examples started by n8n's Webhook node, run the way a shop runs them: the workflow is published
// (2.x) or set active (1.x), `n8n start` serves its production URL, and the e2e POSTs the shop's
// JSON to it once (or, for a provider's trigger, makes the provider's sandbox call it). The answer (Respond to Webhook) is checked, then the checked node's output in
// the execution n8n recorded, with what the sandboxes received.
import { join } from 'path';
import { CASES } from '../../test/e2e/cases';
import type { OutputItem } from '../../test/e2e/cases';
import type { Outcome } from './e2e-context';
import { caseContext, markNow } from './e2e-context';
import type { LocalServices } from './local-services';
import type { Example } from './n8n';
import { ownerSession, startN8n } from './n8n';
import { DEMO_OWNER } from './runtime';
import type { RunningSandbox } from './sandboxes';
import { activateWorkflow, executionOutputs, listExecutions, until } from './trigger-e2e';

/** n8n answers 404 for a production webhook it has not registered (yet): nothing ran, so asking again is safe. */
export async function postWhenRegistered(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
	return await until(`n8n to serve ${url}`, 90_000, async () => {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		const text = await response.text();
		if (response.status === 404) return undefined;
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// not JSON: the check sees the text
		}
		return { status: response.status, body: parsed };
	});
}

/**
 * @param options.running an n8n that already serves the examples' webhooks (queue mode's main
 * instance, started with them published): used as it is, neither activated nor stopped here
 */
export async function runWebhookCases(
	examples: Example[],
	env: NodeJS.ProcessEnv,
	userFolder: string,
	sandboxes: RunningSandbox[],
	services: LocalServices,
	options: { running?: boolean } = {},
): Promise<Outcome[]> {
	if (!options.running) for (const example of examples) await activateWorkflow(env, example.workflow.id);
	const server = options.running ? undefined : await startN8n(env, join(userFolder, 'n8n-webhooks.log'));
	const outcomes: Outcome[] = [];
	try {
		const { cookie } = await ownerSession(env.N8N_PORT!, DEMO_OWNER);
		if (!cookie) throw new Error('could not log in as the instance owner');
		for (const example of examples) {
			const started = Date.now();
			const testCase = CASES.find((c) => c.example === example.name)!;
			const webhook = testCase.webhook!;
			const outcome = (ok: boolean, detail: string): Outcome => ({
				name: example.name,
				ok,
				detail,
				seconds: Math.round((Date.now() - started) / 100) / 10,
			});
			try {
				const mark = markNow(sandboxes, services);
				const url = `http://127.0.0.1:${env.N8N_PORT}/webhook/${webhook.path}`;
				let answer: { status: number; body: unknown };
				if (webhook.provoke) {
					// Served yet? A call without the provider's headers starts nothing (the trigger refuses it).
					await postWhenRegistered(url, {});
					answer = await webhook.provoke(url, (key) => caseContext([], sandboxes, services, mark).sandboxUrl(key));
				} else {
					answer = await postWhenRegistered(url, webhook.body);
				}
				webhook.checkResponse(answer.status, answer.body);
				const [execution] = await until('the execution n8n records for the call', 30_000, async () => {
					const list = await listExecutions(env.N8N_PORT!, cookie, example.workflow.id);
					return list.length && list.every((e) => e.status !== 'running' && e.status !== 'new') ? list : undefined;
				});
				const outputs = (await executionOutputs(env.N8N_PORT!, cookie, execution.id, testCase.node)) as OutputItem[][];
				await testCase.check(outputs[0] ?? [], caseContext(outputs, sandboxes, services, mark));
				outcomes.push(outcome(true, `POST /webhook/${webhook.path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`));
			} catch (error) {
				outcomes.push(outcome(false, (error as Error).message));
			}
		}
	} finally {
		await server?.stop();
	}
	return outcomes;
}
