import { updateOperation } from '../unit/settings';
import { taxResource } from './common.descriptions';

export const { description, execute } = updateOperation(taxResource);
