import { deleteOperation } from '../unit/settings';
import { taxResource } from './common.descriptions';

export const { description, execute } = deleteOperation(taxResource);
