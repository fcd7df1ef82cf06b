import type { RecordResource } from '../../transport';
import { supplierOutput } from './record';

/** The supplier list resource (https://www.billomat.com/en/api/suppliers/). */
export const SUPPLIERS: RecordResource = { path: '/suppliers', root: 'supplier', output: supplierOutput };
