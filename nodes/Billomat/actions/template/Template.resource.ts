import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPreview from './getPreview.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, getPreview, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a document template, optionally uploading a Word or RTF file', action: 'Create a template' },
			{ name: 'Delete', value: 'delete', description: 'Delete a template', action: 'Delete a template' },
			{ name: 'Get', value: 'get', description: 'Get a template', action: 'Get a template' },
			{ name: 'Get Many', value: 'getAll', description: 'Get templates, by document type, kind or default flag', action: 'Get many templates' },
			{ name: 'Get Preview', value: 'getPreview', description: 'Get the first page of a template as an image', action: 'Get a template preview' },
			{ name: 'Update', value: 'update', description: 'Change a template', action: 'Update a template' },
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getPreview.description,
	...update.description,
];
