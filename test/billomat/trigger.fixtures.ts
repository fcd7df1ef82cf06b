// Shared by the Billomat Trigger tests: a workflow holding only the trigger, as saved by n8n.
import type { WorkflowJson } from '../harness/engine';

export const TRIGGER = 'Billomat Trigger';

export function triggerWorkflow(parameters: Record<string, unknown> = {}): WorkflowJson {
	return {
		nodes: [
			{
				id: 'trigger',
				name: TRIGGER,
				type: 'n8n-nodes-invoicing.billomatTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: 'a3c5e7f9-0000-4000-8000-000000000016',
				parameters: parameters as never,
				credentials: { billomatWebhookApi: { id: 'wh', name: 'Billomat Webhook (test)' } },
			},
		],
		connections: {},
	};
}
