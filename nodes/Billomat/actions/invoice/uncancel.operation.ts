import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invoiceIdField, optionsCollection } from '../../helpers';
import { changeState } from './stateChange';

const show = { resource: ['invoice'], operation: ['uncancel'] };

export const description: INodeProperties[] = [invoiceIdField(show), optionsCollection(show)];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await changeState.call(this, itemIndex, 'uncancel', undefined, {
		400: 'Only a CANCELED invoice can be restored.',
	}, { requested: 'a status other than CANCELED', reached: (status) => status !== undefined && status !== 'CANCELED' });
}
