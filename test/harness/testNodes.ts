// Two stand-ins for n8n-nodes-base nodes the test workflows need, so the suite does not pull
// the whole n8n-nodes-base package: the Manual Trigger, and a node that emits fixed items
// (JSON plus binary files given as base64), storing the files through n8n's binary store.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
} from 'n8n-workflow';

export class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'When clicking ‘Execute workflow’' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		return { manualTriggerFunction: async () => this.emit([this.helpers.returnJsonArray([{}])]) };
	}
}

export interface FixtureItem {
	json?: IDataObject;
	/** property name → file given as base64 bytes */
	binary?: Record<string, { base64: string; fileName?: string; mimeType?: string }>;
}

export class FixtureItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixture Items',
		name: 'fixtureItems',
		group: ['transform'],
		version: 1,
		description: 'Emits the items given as JSON',
		defaults: { name: 'Fixture Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | FixtureItem[];
		const fixtures = (typeof raw === 'string' ? JSON.parse(raw) : raw) as FixtureItem[];
		const out: INodeExecutionData[] = [];
		for (const fixture of fixtures) {
			const item: INodeExecutionData = { json: fixture.json ?? {} };
			if (fixture.binary) {
				item.binary = {};
				for (const [prop, file] of Object.entries(fixture.binary)) {
					item.binary[prop] = await this.helpers.prepareBinaryData(
						Buffer.from(file.base64, 'base64'),
						file.fileName,
						file.mimeType,
					);
				}
			}
			out.push(item);
		}
		return [out];
	}
}
