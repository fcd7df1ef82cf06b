import { resourceOperations } from '../describe';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPreview from './getPreview.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, getPreview, update };

export const description = resourceOperations('template', operations, {
	create: { name: 'Create', description: 'Add a document template, optionally uploading a Word or RTF file', action: 'Create a template' },
	delete: { name: 'Delete', description: 'Delete a template', action: 'Delete a template' },
	get: { name: 'Get', description: 'Get a template', action: 'Get a template' },
	getAll: { name: 'Get Many', description: 'Get templates, by document type, kind or default flag', action: 'Get many templates' },
	getPreview: { name: 'Get Preview', description: 'Get the first page of a template as an image', action: 'Get a template preview' },
	update: { name: 'Update', description: 'Change a template', action: 'Update a template' },
});
