// The workflows `npm run test:queue` imports: each Manual Trigger example started by a webhook
// instead, with nothing else of it changed, so what the queue-mode run checks is the example.
import { loadExamples } from '../../scripts/n8n/n8n';
import { queuePathOf, startedByWebhook, webhookNode } from '../../scripts/n8n/queue-workflows';

const manualExamples = loadExamples().filter((e) => e.workflow.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger'));

describe('startedByWebhook', () => {
	it('finds Manual Trigger examples to convert', () => {
		expect(manualExamples.length).toBeGreaterThanOrEqual(5);
	});

	it.each(manualExamples.map((e) => [e.name, e.workflow] as const))('%s: only its Manual Trigger becomes a Webhook node of the same name', (_name, workflow) => {
		const converted = startedByWebhook(workflow);
		const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger')!;
		const webhook = converted.nodes.find((n) => n.name === trigger.name)!;

		expect(webhook.type).toBe('n8n-nodes-base.webhook');
		expect(webhook.parameters).toEqual({ httpMethod: 'POST', path: `queue-${workflow.id}`, responseMode: 'onReceived', options: {} });
		expect(webhook.position).toEqual(trigger.position);
		expect(queuePathOf(workflow)).toBe(`queue-${workflow.id}`);
		// Every other node, the connections and the settings as they were.
		expect(converted.nodes.filter((n) => n.name !== trigger.name)).toEqual(workflow.nodes.filter((n) => n.name !== trigger.name));
		expect(converted.nodes.map((n) => n.name)).toEqual(workflow.nodes.map((n) => n.name));
		expect(converted.connections).toEqual(workflow.connections);
		expect(converted.settings).toEqual(workflow.settings);
		expect(converted.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger')).toBe(false);
	});

	it('gives the same webhook id at every run, and a different one for another path', () => {
		expect(webhookNode('Start', 'a').webhookId).toBe(webhookNode('Start', 'a').webhookId);
		expect(webhookNode('Start', 'a').webhookId).not.toBe(webhookNode('Start', 'b').webhookId);
		expect(webhookNode('Start', 'a').webhookId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('refuses a workflow without exactly one Manual Trigger', () => {
		const [example] = manualExamples;
		const without = { ...example.workflow, nodes: example.workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.manualTrigger') };
		expect(() => startedByWebhook(without)).toThrow(`${example.workflow.id}: expected one Manual Trigger, found 0`);
	});
});
