import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import { isoLoadedAt } from '../../values/guides';

/**
 * A guide operation whose Simplify also gives `loaded_at` as ISO (`2017-12-02T19:00:00`, from
 * InvoiceXpress's dd/mm/yyyy HH:mm:ss), as it gives the document's dates; off, the guide stays as
 * InvoiceXpress sent it.
 */
export function withGuideDates(operation: ItemOperation): ItemOperation {
	return {
		description: operation.description,
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const items = await operation.execute.call(this, itemIndex);
			if (!this.getNodeParameter('simplify', itemIndex, true)) return items;
			return items.map((item) =>
				'loaded_at' in item.json ? { ...item, json: { ...item.json, loaded_at: isoLoadedAt(item.json.loaded_at) as string } } : item,
			);
		},
	};
}
